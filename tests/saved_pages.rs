//! The header of notices saved from web pages, as the pages left it: site
//! navigation, metadata rows, the title or the number repeated, a page
//! that opens with the addressees. Each excerpt is the head of a real page
//! (its source named above it); the title, the 发文字号 and the addressees
//! are asserted.

fn check(text: &str, title: Option<&str>, number: Option<(&str, i32, u32)>, addressees: &[&str]) {
    let d = gongwen::parse(text);
    assert_eq!(d.title.as_deref(), title);
    let n = d.doc_number.as_ref();
    assert_eq!(n.map(|n| (n.agency.as_str(), n.year, n.serial)), number);
    if let Some(n) = n {
        // The number's span is the number as written.
        assert_eq!(&text[n.span.range()], n.raw);
    }
    assert_eq!(d.addressees, addressees);
}

/// 蔡甸区人民政府办公室 (www.caidian.gov.cn, 2023): the title twice, a date-time line and metadata rows cut at their wide spaces (文    号 蔡政办〔2023〕1号).
const CAIDIAN: &str = r#"区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知

区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知

2023-01-05 10:00 区人民政府办公室
索 引 号 MB1534522/2023-05475 发文日期 2023-01-03
发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号
分   类 政务公开 有 效 性 有效

各街道办事处、乡人民政府,区人民政府各部门、各直属机构:

2023年《区〈政府工作报告〉确定的主要目标任务责任分解方案》已报经区人民政府同意,现印发给你们,并就有关事项通知如下:

"#;

/// 国发〔2020〕6号 as saved from a portal: 返回首页, the title, the site's name (中国政府网), the title again, then the number.
const GUOFA: &str = r#"返回首页

国务院关于落实《政府工作报告》重点工作部门分工的意见

中国政府网

  国务院关于落实《政府工作报告》重点工作部门分工的意见

  国发〔2020〕6号

  各省、自治区、直辖市人民政府,国务院各部委、各直属机构:

  为全面贯彻党的十九大和十九届二中、三中、四中全会精神,深入落实中央经济工作会议精神和十三届全国人大三次会议通过的《政府工作报告》部署,做好今年政府工作,实现经济社会发展目标任务,现就《政府工作报告》确定的重点工作,提出部门分工意见如下:

"#;

/// 菏政办发〔2009〕72号 from a law site: a breadcrumb (您的位置: 首页 » …), author and download rows, the title three times, the issuer between.
const HEZE: &str = r#"您的位置: 首页 » 法律资料网 » 法律法规 »

菏泽市人民政府办公室关于印发菏泽市扩大内需投资项目管理办法的通知

作者:法律资料网 时间:2024-07-01 16:20:34  浏览:9319   来源:法律资料网
下载地址: 点击此处下载

菏泽市人民政府办公室关于印发菏泽市扩大内需投资项目管理办法的通知

山东省菏泽市人民政府办公室


菏泽市人民政府办公室关于印发菏泽市扩大内需投资项目管理办法的通知

菏政办发〔2009〕72号


各县区人民政府,市政府各部门,市属各企业,各大中专院校:
  《菏泽市扩大内需投资项目管理办法》已经市政府同意,现印发给你们,请认真贯彻执行。

"#;

/// 岳办发〔2017〕2号 from a county portal: archive date and breadcrumb rows, the number in brackets after the title, source rows.
const YUEYANG: &str = r#"归档时间:2018-11-21
当前位置: 首页 > 政务公开 > 政务公开工作要点 > 公开制度化 > 政策法规

中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(岳办发〔2017〕2号)

来源:岳阳市政府门户网 日期:2017-01-12 17:08 字号:【
视力保护色:
浏览量:

各县市区委、人民政府,岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区,市直各单位,中央、省驻岳单位:

《关于全面推进政务公开工作的实施意见》已经市委、市人民政府同意,现印发给你们,请结合实际认真贯彻执行。

"#;

/// 太湖县 (2019): a breadcrumb and eight metadata rows (索引号, 生成日期: … 文号:, 名称: …) before the title.
const TAIHU: &str = r#"首页 > 太湖县人民政府办公室信息公开 > 信息浏览
索引号: 003129766/201901-00336 组配分类: 规范性文件发布
信息分类: 通知   发布机构: 太湖县人民政府办公室
生成日期: 2019-01-23 文号:
发文日期: 2019-01-23 生效时间: 2019-01-23
废止时间: 2020-01-23 名称: 太湖县人民政府关于印发《太湖县人民政府工作规则》的通知
信息来源: 关键词:
浏览次数: 590 内容概述:

太湖县人民政府关于印发《太湖县人民政府工作规则》的通知

各乡、镇人民政府,县政府各部门、各直属机构:

"#;

/// 京政办发〔2016〕26号 from a policy site: number and title in 《》 on one line, the title in 《》, the number twice.
const BEIJING: &str = r#"京政办发〔2016〕26号《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》
《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》
京政办发〔2016〕26号
京政办发〔2016〕26号
各区人民政府,市政府各委、办、局,各市属机构:
《北京市2016年政务公开工作要点》已经市政府同意,现印发给你们,请结合实际认真贯彻落实。
北京市人民政府办公厅
"#;

/// 新余市 (2023): the page opens with the addressees.
const XINYU: &str = r#"各县(区)人民政府、管委会,市政府各部门、市直相关单位:

  《2023年新余市政务公开工作要点》已经市政府同意,现印发给你们,请结合实际认真贯彻落实。

"#;

/// 盘锦市大洼区 (2021): the page opens with addressees whose first name has two brackets.
const DAWA: &str = r#"各镇(街道)人民政府(办事处),临港经济开发区管委会,区政府各部门、直属机构:
为深入贯彻落实盘锦市大洼区第十八届人民代表大会第四次会议精神,全面完成好《政府工作报告》中确定的2021年各项工作任务,在充分征求区政府、经济园区和区农垦集团主要领导意见后,现将《<政府工作报告>任务分解表》印发给你们。
请各牵头单位要严格按照任务分工,对涉及的工作任务进行再细化、再分解,明确每项任务的具体责任人和每季度的形象进度,确保《政府工作报告》中确定各项工作任务得到有效落实。各责任(配合)单位要加强协调,积极配合,切实履行各自工作职责。区委区政府督查室要根据各项工作任务完成时限要求,适时开展督查督办工作。
"#;

#[test]
fn caidian() {
    check(
        CAIDIAN,
        Some(
            "区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知",
        ),
        Some(("蔡政办", 2023, 1)),
        &[
            "各街道办事处",
            "乡人民政府",
            "区人民政府各部门",
            "各直属机构",
        ],
    );
}

#[test]
fn guofa() {
    check(
        GUOFA,
        Some("国务院关于落实《政府工作报告》重点工作部门分工的意见"),
        Some(("国发", 2020, 6)),
        &["各省、自治区、直辖市人民政府", "国务院各部委", "各直属机构"],
    );
}

#[test]
fn heze() {
    check(
        HEZE,
        Some("菏泽市人民政府办公室关于印发菏泽市扩大内需投资项目管理办法的通知"),
        Some(("菏政办发", 2009, 72)),
        &[
            "各县区人民政府",
            "市政府各部门",
            "市属各企业",
            "各大中专院校",
        ],
    );
}

#[test]
fn yueyang() {
    let d = gongwen::parse(YUEYANG);
    assert_eq!(d.title.as_deref(), Some("中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知"));
    let n = d.doc_number.as_ref().unwrap();
    assert_eq!((n.agency.as_str(), n.year, n.serial), ("岳办发", 2017, 2));
    assert_eq!(&YUEYANG[n.span.range()], n.raw);
    // Addressees are found (their 、-ellipses, 各县市区委、人民政府, are not
    // yet expanded).
    assert_eq!(d.addressees.len(), 6);
}

#[test]
fn taihu() {
    check(
        TAIHU,
        Some("太湖县人民政府关于印发《太湖县人民政府工作规则》的通知"),
        None,
        &["各乡、镇人民政府", "县政府各部门", "各直属机构"],
    );
}

#[test]
fn beijing() {
    check(
        BEIJING,
        Some("北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知"),
        Some(("京政办发", 2016, 26)),
        &["各区人民政府", "市政府各委、办、局", "各市属机构"],
    );
}

#[test]
fn xinyu() {
    check(
        XINYU,
        None,
        None,
        &["各县(区)人民政府", "管委会", "市政府各部门", "市直相关单位"],
    );
}

#[test]
fn dawa() {
    check(
        DAWA,
        None,
        None,
        &[
            "各镇(街道)人民政府(办事处)",
            "临港经济开发区管委会",
            "区政府各部门",
            "直属机构",
        ],
    );
}

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
    // Addressees: an organ with no place of its own shares the one before
    // it (各县市区委、人民政府), 中央 the suffix after it (中央、省驻岳单位).
    assert_eq!(
        d.addressees,
        [
            "各县市区委、人民政府",
            "岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区",
            "市直各单位",
            "中央、省驻岳单位"
        ]
    );
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

/// 嘉鱼县 (嘉政办发〔2024〕1号): metadata rows whose 文       号 the wide spaces cut from its number.
const JIAYU: &str = r#"县人民政府办公室关于印发 2024年县《政府工作报告》确定的重点工作责任分解方案和2024年市《政府工作报告》涉及嘉鱼重点事项责任分解方案的通知
索引号 : 01105619X/2024-07672 文       号 : 嘉政办发〔2024〕1号
主题分类: 政务督查 发文单位: 嘉鱼县人民政府办公室
名       称: 县人民政府办公室关于印发 2024年县《政府工作报告》确定的重点工作责任分解方案和2024年市《政府工作报告》涉及嘉鱼重点事项责任分解方案的通知 发布日期: 2024年03月18日
有效性: 有效 发文日期: 2024年02月22日
各镇人民政府,县政府各部门,嘉鱼开发区管委会:
《2024年县〈政府工作报告〉确定的重点工作责任分解方案》和《2024年市〈政府工作报告〉涉及嘉鱼重点事项责任分解方案》已经县人民政府同意,现印发给你们,并就有关事项通知如下。
"#;

/// 青山湖区 (2023): the site's greeting, metadata rows (文件编号:, 公开范围:), then the title.
const QINGSHANHU: &str = r#"青山湖区人民政府网站欢迎您的访问!
索引号: QSHQ--2023-0756 主题分类: 综合政务
发布机构: 青山湖区人民政府 生成日期: 2023-06-01
文件编号: 有效性: 有效
公开范围: 面向全社会 公开方式: 主动公开

关于做好全区2023年度第二季度政务公开测评反馈问题整改工作的通知

浏览量: 字体:

各镇人民政府,区直相关单位:

"#;

/// 华容县 (2021): bulleted metadata rows, then a short title with its number in brackets.
const HUARONG: &str = r#"• 索引号:6735597301/2021-1801120
  • 发布机构:县人民政府办公室
  • 公开范围:全部公开
  • 生成日期:2021-03-23
  • 公开日期:2021-03-23
  • 公开方式:政府网站
2021年县政府重点工作任务(华政发〔2021〕2号)
来源:华容县政府   2021-03-23 10:56
浏览量:1 | | | |

各乡镇人民政府、县直各单位:

"#;

/// 亳州市谯城区 (2020): the metadata table twice, cells apart by |, the title only in its 标 题 row.
const QIAOCHENG: &str = r#"索引号: | 11341602003166647K/202004-00328 | 信息分类: | 规范性文件 |
发布机构: | 谯城区政府(办公室) | 主题分类: | 综合政务 / 公民 / 通知 |
成文日期: | 发布日期: | 2020-04-09 08:44 | |
发文字号: | 无 | 有 效 性: | 失效 |
标 题: | 亳州市谯城区人民政府办公室关于印发2020年政府工作报告重点工作任务分解表的通知 | ||
政策咨询机关: | 政策咨询电话: |
索引号: | 11341602003166647K/202004-00328 | ||
信息分类: | 规范性文件 | ||
发布机构: | 谯城区政府(办公室) | ||
主题分类: | 综合政务 / 公民 / 通知 | ||
成文日期: | |||
发布日期: | 2020-04-09 | ||
发文字号: | 无 | ||
有 效 性: | 失效 | ||
标 题: | 亳州市谯城区人民政府办公室关于印发2020年政府工作报告重点工作任务分解表的通知 | ||
政策咨询机关: | |||
政策咨询电话: |
各乡镇人民政府、街道办事处,区政府各部门、各直属机构:
2019年12月30日,区委副书记、区长在区十七届人民代表大会第四次次会议所作的《政府工作报告》安排部署了今年谯城区经济社会发展的主要工作任务。为进一步明确职责、推动落实,经区政府研究同意,现将《谯城区2020年度政府工作报告重点工作任务分解表》印发给你们,请按照要求,结合实际认真抓好落实。
"#;

/// 紫阳县 (2022): a metadata table whose 文件名称 row gives the title.
const ZIYANG: &str = r#"文件名称 | 2022年第八次县政府常务会议确定事项落实情况的通报 | ||
索引号 | zyxzfzyxzfbgs/2022-4992 | 公开目录: | 政务督查 |
公开责任部门 | 紫阳县政府办公室 | 公开形式: | 主动公开 |
文号 | 督察通报第十七期 | 成文日期: | 2022年09月14日 |
有效性 | 有效 | 公开日期: | 2022年09月15日 |
内容概述 | 2022年第八次县政府常务会议确定事项落实情况的通报 |
近期,县政府督查室对2022年第八次县政府常务会议确定事项落实情况开展了专项督查,现通报如下。
一、总体情况
"#;

#[test]
fn jiayu() {
    check(JIAYU, Some("县人民政府办公室关于印发 2024年县《政府工作报告》确定的重点工作责任分解方案和2024年市《政府工作报告》涉及嘉鱼重点事项责任分解方案的通知"), Some(("嘉政办发", 2024, 1)), &["各镇人民政府", "县政府各部门", "嘉鱼开发区管委会"]);
}

#[test]
fn qingshanhu() {
    check(
        QINGSHANHU,
        Some("关于做好全区2023年度第二季度政务公开测评反馈问题整改工作的通知"),
        None,
        &["各镇人民政府", "区直相关单位"],
    );
}

#[test]
fn huarong() {
    check(
        HUARONG,
        Some("2021年县政府重点工作任务"),
        Some(("华政发", 2021, 2)),
        &["各乡镇人民政府", "县直各单位"],
    );
}

#[test]
fn qiaocheng() {
    check(
        QIAOCHENG,
        Some("亳州市谯城区人民政府办公室关于印发2020年政府工作报告重点工作任务分解表的通知"),
        None,
        &["各乡镇人民政府", "街道办事处", "区政府各部门", "各直属机构"],
    );
}

#[test]
fn ziyang() {
    check(
        ZIYANG,
        Some("2022年第八次县政府常务会议确定事项落实情况的通报"),
        None,
        &[],
    );
}

/// 山东省住房和城乡建设厅 (2023), reprinted by a news page: a lead-in
/// sentence (近日,…发布…的通知。…) before the title.
const SHANDONG_NEWS: &str = "近日,山东省住房城乡建设厅发布关于公布2023年我省保障性租赁住房、公租房保障和城镇棚户区改造等计划任务的通知。其中,枣庄棚户区改造新开工计划任务为2000套。\n\
关于公布2023年我省保障性租赁住房、公租房保障和城镇棚户区改造等计划任务的通知\n\
各市住房城乡建设局、发展改革委、财政局、自然资源主管部门:\n\
按照住房城乡建设部办公厅等部委联合印发的通知要求,现将2023年计划任务予以公布。\n";

/// 潮州市打赢蓝天保卫战实施方案 (2019), reprinted: 日前,…印发《…》。全文如下:
const CHAOZHOU_NEWS: &str =
    "日前,潮州印发《潮州市打赢蓝天保卫战实施方案(2019-2020年)》。全文如下:\n\
潮州市打赢蓝天保卫战实施方案(2019-2020年)\n\
为落实广东省部署要求,坚决打赢蓝天保卫战,制定本方案。\n\
一、目标要求\n";

#[test]
fn news_lead_in_before_the_title() {
    check(
        SHANDONG_NEWS,
        Some("关于公布2023年我省保障性租赁住房、公租房保障和城镇棚户区改造等计划任务的通知"),
        None,
        &[
            "各市住房城乡建设局",
            "发展改革委",
            "财政局",
            "自然资源主管部门",
        ],
    );
    check(
        CHAOZHOU_NEWS,
        Some("潮州市打赢蓝天保卫战实施方案(2019-2020年)"),
        None,
        &[],
    );
}

/// 鲁政发〔2014〕20号 from a law site: the page's headline repeats the
/// number and the title in 《》; neither is a citation of another document.
const LUZHENG: &str = "鲁政发〔2014〕20号《山东省人民政府关于深化预算管理制度改革的实施意见》\n\n浏览量:          时间:2016-01-17 23:45:19\n\n\
山东省人民政府关于深化预算管理制度改革的实施意见\n\n\n鲁政发〔2014〕20号\n\n\
各市人民政府,各县(市、区)人民政府,省政府各部门、各直属机构,各大企业,各高等院校:\n\n\
为贯彻落实《国务院关于深化预算管理制度改革的决定》(国发〔2014〕45号),提出以下实施意见。\n";

#[test]
fn own_number_and_title_are_no_citations() {
    let d = gongwen::parse(LUZHENG);
    assert_eq!(
        d.title.as_deref(),
        Some("山东省人民政府关于深化预算管理制度改革的实施意见")
    );
    let n = d.doc_number.as_ref().unwrap();
    assert_eq!((n.agency.as_str(), n.year, n.serial), ("鲁政发", 2014, 20));
    let cited: Vec<(Option<&str>, Option<&str>)> = d
        .citations
        .iter()
        .map(|c| {
            (
                c.title.as_deref(),
                c.doc_number.as_ref().map(|n| n.raw.as_str()),
            )
        })
        .collect();
    assert_eq!(
        cited,
        [(
            Some("国务院关于深化预算管理制度改革的决定"),
            Some("国发〔2014〕45号")
        )]
    );
}

/// A page's leftovers after the closing (a forum's reply line, a share
/// prompt, a download row) are no enclosed document; they are reported as
/// residue, not dropped.
#[test]
fn leftovers_after_the_closing_are_no_enclosure() {
    let s = "关于开展安全检查的通知\n\n各镇(街道):\n\n一、各镇(街道)要在5月底前完成自查。\n\n某区人民政府办公室\n2016年2月15日\n\n\
来自Android客户端1楼2016-02-15 16:11回复\n\n扫一扫在手机上查看当前页面\n";
    let d = gongwen::parse(s);
    assert!(d.enclosures.is_empty());
    assert_eq!(d.date.unwrap().to_string(), "2016-02-15");
    let residue: Vec<&str> = d
        .diagnostics
        .iter()
        .filter(|x| x.code == "web_residue")
        .map(|x| &s[x.span.range()])
        .collect();
    assert_eq!(
        residue,
        [
            "来自Android客户端1楼2016-02-15 16:11回复",
            "扫一扫在手机上查看当前页面"
        ]
    );
    // A real enclosure: a title of its kind.
    let s = "关于印发安全检查方案的通知\n\n各镇(街道):\n\n现将《安全检查方案》印发给你们。\n\n某区人民政府办公室\n2016年2月15日\n\n安全检查方案\n\n一、检查范围\n全区各镇。\n";
    let d = gongwen::parse(s);
    assert_eq!(d.enclosures.len(), 1);
    assert_eq!(d.enclosures[0].title.as_str(), "安全检查方案");
}

/// 宝府办〔2022〕1号 (上海市宝山区, 2022): the browser's page title (title_栏目
/// _网站), the headline cut short twice, bulleted metadata rows of labels no
/// list names (• 所属类目:), then the addressees.
const BAOSHAN: &str = "上海市宝山区人民政府办公室关于印发《2022年区政府要完成的与人民生活密切相关的实事》的通知_区政府办公室文件_上海市宝山区人民政府门户网站\n\n\
上海市宝山区人民政府办公室关于印发《2022年区政府要完成的与人民生活密\n\n\
上海市宝山区人民政府办公室关于印发《2022年区政府要完成的与人民生活密\n\n\
信息来源: 区政府办公室 发布时间 2022-01-10\n【字号\n  • 所属类目: 区政府办公室文件\n  • 主题分类: 政务公开\n\
  • 发布日期: 2022-01-10\n  • 发文字号: 宝府办〔2022〕1号\n  • 公开类别: 主动公开\n  • 机构名称: 区政府办公室\n\n\
各镇人民政府,各街道办事处,区政府各委、办、局:\n\n经区政府第167常务会议研究同意,现将《2022年区政府要完成的与人民生活密切相关的实事》印发给你们。\n";

/// 济政字〔2021〕30号 (济宁市): a column's name before the title (政务服务丨…).
const JINING: &str =
    "政务服务丨济宁市人民政府关于持续深化“市县同权”改革的实施意见\n\n济政字〔2021〕30号\n\n\
各县(市、区)人民政府,市政府各部门:\n\n为持续深化“市县同权”改革,提出如下实施意见。\n";

/// 国函〔2014〕86号 from a forum: a table border alone on the first line.
const GUOHAN: &str = "|\n国务院关于同意湖北省监利县撤县设市的批复\n国函〔2014〕86号\n湖北省人民政府:\n你省《关于请求批准监利县撤县设市的请示》收悉。现批复如下:\n";

#[test]
fn page_titles_columns_and_bulleted_rows() {
    check(
        BAOSHAN,
        Some("上海市宝山区人民政府办公室关于印发《2022年区政府要完成的与人民生活密切相关的实事》的通知"),
        Some(("宝府办", 2022, 1)),
        &["各镇人民政府", "各街道办事处", "区政府各委、办、局"],
    );
    check(
        JINING,
        Some("济宁市人民政府关于持续深化“市县同权”改革的实施意见"),
        Some(("济政字", 2021, 30)),
        &["各县(市、区)人民政府", "市政府各部门"],
    );
    check(
        GUOHAN,
        Some("国务院关于同意湖北省监利县撤县设市的批复"),
        Some(("国函", 2014, 86)),
        &["湖北省人民政府"],
    );
}

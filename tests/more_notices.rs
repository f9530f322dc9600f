//! A third round of notices outside the corpus (excerpts of real pages,
//! sources named), read value by value: assignment forms, closings and
//! headers the corpus does not show.

use gongwen::Document;

#[path = "support/tasks.rs"]
mod support_tasks;
use support_tasks::{coops, leads};

fn read(d: &Document) -> Vec<(Vec<&str>, Vec<&str>)> {
    d.tasks.iter().map(|t| (leads(t), coops(t))).collect()
}

/// 菏泽市扩大内需项目建设管理办法 (2009), 第三条 and the paragraph after it:
/// 主要负责, and a later clause's 会同.
#[test]
fn duty_adverb_and_a_later_partner() {
    let s = "  第三条 市直行业主管部门是市级项目的责任主体。\n  发展改革部门是项目建设管理的综合部门,主要负责项目的申报、综合协调、调度和投资计划下达,会同有关行业主管部门对项目开工及建设进度进行调度,参与项目检查监督,组织或会同有关行业主管部门进行竣工验收。 \n";
    let d = gongwen::parse(s);
    assert_eq!(
        read(&d),
        [
            (vec!["市直行业主管部门"], vec![]),
            (vec!["发展改革部门"], vec!["有关行业主管部门"]),
        ]
    );
}

/// 厦门市 2006 人才政策: the agent after 由, with an adverbial and 编制 after
/// it; the yearly update is the task's recurring deadline.
#[test]
fn agent_after_you() {
    let s = "一、急需紧缺人才目录\n由市人事局依据厦门的城市定位和经济社会发展的实际需要,汇总、整理、分析用人单位对急需紧缺人才的需求,编制目录,经市委人才工作协调小组审定。目录每年更新一次,于当年度向社会公开发布。\n";
    let d = gongwen::parse(s);
    assert_eq!(d.tasks.len(), 1);
    assert_eq!(leads(&d.tasks[0]), ["市人事局"]);
}

/// 鄂温克族自治旗人民政府办公室 (2022): the closing formula lost its 特 and
/// its full stop on the page; it is no signing organ.
#[test]
fn closing_formula_is_no_issuer() {
    let s = "鄂温克族自治旗人民政府办公室\n关于印发2022年《政府工作报告》\n重点任务责任落实分工的通知\n各苏木乡镇人民政府,旗政府各部门,驻鄂温克族自治旗有关单位:\n经旗人民政府同意,现将《2022年<政府工作报告>重点任务责任落实分工》印发给你们,请结合实际,认真贯彻落实。\n此通知\n附件:2022年《政府工作报告》重点任务落实推进情况表\n2022年2月21日\n";
    let d = gongwen::parse(s);
    assert_eq!(d.issuer, None);
    assert_eq!(d.date.unwrap().to_string(), "2022-02-21");
    let s = "关于开展检查的通知\n各县人民政府:\n现将有关事项通知如下。\n一、开展检查。县民政局负责检查。\n特此通知\n某县人民政府\n2020年1月1日\n";
    let d = gongwen::parse(s);
    assert_eq!(d.issuers, ["某县人民政府"]);
}

/// 淮南市大通区安全生产委员会办公室 (2020): a number in small brackets ﹝﹞
/// with its 签发人 on the same line.
#[test]
fn small_brackets_and_signer() {
    let s = "大安办﹝2020﹞27号 签发人:应虎\n各乡镇人民政府、大通街道办事处、区安委会各成员单位:\n按照区政府关于安全隐患月排查月报送制度的规定,现将全区十月份安全隐患月排查月报送情况通报如下。\n大通区安全生产委员会办公室\n2020年10月23日\n";
    let d = gongwen::parse(s);
    let n = d.doc_number.as_ref().unwrap();
    assert_eq!(
        (n.raw.as_str(), n.agency.as_str(), n.year, n.serial),
        ("大安办﹝2020﹞27号", "大安办", 2020, 27)
    );
    assert_eq!(d.signers, ["应虎"]);
    assert_eq!(
        d.addressees,
        ["各乡镇人民政府", "大通街道办事处", "区安委会各成员单位"]
    );
    assert_eq!(d.title, None);
    // Names set apart by wide spaces, beside a number set apart the same way.
    let s = "某市人民政府关于申请资金的请示\n\n某政发〔2021〕3号          签发人：张三  李四\n\n省人民政府：\n\n现将有关情况请示如下。\n\n某市人民政府\n2021年3月1日\n";
    let d = gongwen::parse(s);
    assert_eq!(d.signers, ["张三", "李四"]);
    assert_eq!(d.addressees, ["省人民政府"]);
    assert!(d.diagnostics.is_empty());
}

/// 鄂温克族自治旗 (2022): a title wrapped after a cited title (…印发2022年
/// 《政府工作报告》 / 重点任务责任落实分工的通知): the cited kind is not the
/// document's.
#[test]
fn title_wrapped_after_a_cited_title() {
    let s = "鄂温克族自治旗人民政府办公室\n关于印发2022年《政府工作报告》\n重点任务责任落实分工的通知\n各苏木乡镇人民政府,旗政府各部门,驻鄂温克族自治旗有关单位:\n经旗人民政府同意,现将《2022年<政府工作报告>重点任务责任落实分工》印发给你们,请结合实际,认真贯彻落实。\n";
    let d = gongwen::parse(s);
    assert_eq!(
        d.title.as_deref(),
        Some(
            "鄂温克族自治旗人民政府办公室关于印发2022年《政府工作报告》重点任务责任落实分工的通知"
        )
    );
    assert_eq!(d.kind, gongwen::Kind::Notice);
}

/// 三门峡市人民政府办公室 (三政办〔2005〕4号): a letter-spaced 附 件 head,
/// then an enclosure whose title wraps after a cited title.
#[test]
fn spaced_attachment_head_and_quoted_enclosure_title() {
    let s = "三门峡市人民政府办公室关于明确《政府工作报告》提出的2005年重点工作责任单位的通知\n(三政办〔2005〕4号)\n各县(市)、区人民政府,开发区管理委员会、市人民政府各部门:\n现将《政府工作报告》提出的2005年重点工作分解如下,请认真贯彻落实。\n附件:《政府工作报告》2005年重点工作分解意见\n二○○五年一月十三日\n附 件\n《政府工作报告》\n2005年重点工作分解意见\n一、强力推进项目建设,努力完善基础设施\n1.集中抓好“421”工业重点项目。由市发改委负责。\n";
    let d = gongwen::parse(s);
    assert_eq!(d.attachments.len(), 1);
    assert_eq!(
        d.attachments[0].title,
        "《政府工作报告》2005年重点工作分解意见"
    );
    assert_eq!(d.enclosures.len(), 1);
    let e = &d.enclosures[0];
    assert_eq!(e.title, "《政府工作报告》2005年重点工作分解意见");
    assert_eq!(e.kind, gongwen::Kind::Opinion);
    assert_eq!(d.tasks.len(), 1);
    assert_eq!(leads(&d.tasks[0]), ["市发改委"]);
}

/// 清河区 (2023): 附件: alone, the one file named on the next line; and a
/// title after 附件: before the signature is an attachment, not an issuer.
#[test]
fn attachment_title_on_the_next_line() {
    let s = "关于昌盛路环境整治工作“回头看”的通报\n各相关职能部门和单位要进一步加大整改力度,抓好整改。\n\n  附件:\n\n  昌盛路问题点位整改工作对比图.docx\n";
    let d = gongwen::parse(s);
    assert_eq!(d.attachments.len(), 1);
    assert_eq!(d.attachments[0].ordinal, None);
    assert_eq!(d.attachments[0].title, "昌盛路问题点位整改工作对比图.docx");
    let s = "关于某事的通报\n各单位:\n现将有关情况通报如下。\n附件:\n问题点位整改工作对比图\n某某县人民政府办公室\n2023年5月4日\n";
    let d = gongwen::parse(s);
    assert_eq!(d.attachments[0].title, "问题点位整改工作对比图");
    assert_eq!(d.issuers, ["某某县人民政府办公室"]);
}

/// 平利县 双创办 巡查通报 (pingli.gov.cn): each problem's 整改要求 gives its
/// work in a sentence (由X负责…), with no bracket or label of bodies; a body
/// named after its role (包片单位县气象局) is the body.
#[test]
fn measures_given_in_sentences() {
    let s = "1、西大桥西侧河边堤岸警示牌沿线有垃圾死角和建筑垃圾。\n整改要求:由县环卫站负责清除上述地段垃圾死角和建筑垃圾。\n2、平利花园对面迎宾大道南围墙上有牛皮癣和野广告,东入口绿化带内丢弃有白色垃圾。\n整改要求:由包片单位县气象局负责清除。\n3、原安运司院落内有多处卫生死角,杂物乱堆。\n整改要求:由包片单位县供销社负责督促业主清理院内垃圾死角,规范物品堆放。\n";
    let d = gongwen::parse(s);
    assert_eq!(d.problems.len(), 3);
    let got: Vec<(Option<u32>, Vec<&str>)> =
        d.tasks.iter().map(|t| (t.problem, leads(t))).collect();
    assert_eq!(
        got,
        [
            (Some(1), vec!["县环卫站"]),
            (Some(2), vec!["县气象局"]),
            (Some(3), vec!["县供销社"]),
        ]
    );
    assert_eq!(
        d.tasks[0].text,
        "由县环卫站负责清除上述地段垃圾死角和建筑垃圾。"
    );
}

/// 三门峡市人民政府办公室 (三政办〔2005〕4号), its cover letter: dates listed
/// after 于 and handed in after the last (分四次以书面形式上报) are each a
/// milestone; the request is a task though it names no body.
#[test]
fn dated_report_request_in_a_cover() {
    let s = "三门峡市人民政府办公室关于明确《政府工作报告》提出的2005年重点工作责任单位的通知\n各县(市)、区人民政府:\n市长李文慧同志代表市人民政府在市四届人大六次会议上所作的《政府工作报告》已经市四届人大六次会议批准。现将《政府工作报告》提出的2005年重点工作分解意见予以下达,请各责任单位抓紧制定具体实施意见,认真组织落实。各责任单位一把手是下达重点工作的第一责任人,要进一步明确责任,通过细化、量化,责任到人,确保每一项重点工作落到实处。此项工作作为市政府交办事项,纳入各责任单位的目标管理。具体落实及进展情况请于2005年的3月30日、6月30日、9月30日、12月20日分四次以书面形式上报市政府督查室。\n二○○五年一月十三日\n";
    let d = gongwen::parse(s);
    let dated: Vec<_> = d.tasks.iter().filter(|t| t.deadline.is_some()).collect();
    assert_eq!(dated.len(), 1);
    let t = dated[0];
    assert!(t.text.starts_with("具体落实及进展情况请于2005年的3月30日"));
    let dues: Vec<String> = t
        .milestones
        .iter()
        .map(|m| m.due.unwrap().to_string())
        .collect();
    assert_eq!(
        dues,
        ["2005-03-30", "2005-06-30", "2005-09-30", "2005-12-20"]
    );
    assert_eq!(
        t.deadline.as_ref().unwrap().due.unwrap().to_string(),
        "2005-12-20"
    );
}

/// 永康市人民政府办公室 (永政办发〔2008〕31号): the official in charge opens
/// the label line (责任领导:…;责任单位:…;配合单位:…), and the lists name
/// bodies whose names end no usual way (五金城).
#[test]
fn label_line_after_the_official() {
    let s = "一、突出工业转型升级,进一步夯实五金名城的产业基础\n1.推进总部中心、会展中心、物流中心和省五金科技创新服务中心建设。\n责任领导:按《市委工作要点》分工(蒋永根、俞福才、金跃民);责任单位:总部办、经济开发区、五金城、科技局;配合单位:经贸局、国土资源局、建设局、规划局、交通局、东城街道。\n2.加大招商引资力度,引进一批技术含量高、带动能力强的合资合作项目落户永康。\n责任领导:吴晓平;责任单位:外贸局、发改局;配合单位:相关镇街区,有关部门。\n";
    let d = gongwen::parse(s);
    assert_eq!(
        read(&d),
        [
            (
                vec!["总部办", "经济开发区", "五金城", "科技局"],
                vec![
                    "经贸局",
                    "国土资源局",
                    "建设局",
                    "规划局",
                    "交通局",
                    "东城街道"
                ]
            ),
            (vec!["外贸局", "发改局"], vec!["相关镇街区", "有关部门"]),
        ]
    );
    assert_eq!(
        d.tasks[0].text,
        "推进总部中心、会展中心、物流中心和省五金科技创新服务中心建设。"
    );
}

/// 常德市发改委 (2017) 中央环保督察整改公示: a label qualified in brackets,
/// and organs of one place (各区县(市)党委、政府).
#[test]
fn qualified_label_and_organs_of_a_place() {
    let s = "一、整改任务\n1.加快推进大气污染防治。\n责任单位(市级):市发改委、市环保局、市住建局,各区县(市)党委、政府\n";
    let d = gongwen::parse(s);
    assert_eq!(
        read(&d),
        [(
            vec![
                "市发改委",
                "市环保局",
                "市住建局",
                "各区县(市)党委",
                "各区县(市)政府"
            ],
            vec![]
        )]
    );
}

/// 婺城区文旅体局 (2023) as its page prints it: each metadata label alone on
/// its row, the value on the next; the 成文日期 row dates the document, which
/// has no date line of its own.
#[test]
fn metadata_labels_with_values_below() {
    let s = "• 信息索引号:\n\n    113307020501239658/2023-46395\n\n  • 文件名称:\n\n    中共金华市婺城区文化和旅游体育局党组关于巡察整改情况的通报\n\n  • 发布机构:\n\n    婺城区文旅体局\n\n  • 成文日期:\n\n    2023-05-04\n\n  • 公开方式:\n\n    主动公开\n\n  • 中共金华市婺城区文化和旅游体育局党组关于巡察整改情况的通报\n\n    日期:2023-05-04 08:46:31 来源:区文旅体局 浏览量:\n    分享:\n         \n\n    朗读\n\n    根据区委统一部署,区委第二巡察组对区文旅体局党组开展了巡察。\n";
    let d = gongwen::parse(s);
    assert_eq!(
        d.title.as_deref(),
        Some("中共金华市婺城区文化和旅游体育局党组关于巡察整改情况的通报")
    );
    assert_eq!(d.date.unwrap().to_string(), "2023-05-04");
    assert_eq!(d.preamble.len(), 1);
    assert!(d.preamble[0].text.starts_with("根据区委统一部署"));
}

/// 福建省 无公害农产品 治理方案: 由X负责, then a long list that helps
/// (配合): cooperating, whatever its length.
#[test]
fn long_list_that_helps() {
    let s = "一、工作措施\n(一)由省经贸委负责,省农业厅、环保局、福建出入境检验检疫局、厦门出入境检验检疫局配合,加快省级无公害畜禽基地建设,确定一批省级规模生猪、蛋禽无公害基地,重点做好省级无公害畜禽基地农业投入品使用的监管、生产技术操作规程、种养殖技术等培训工作,加大畜禽养殖环保设施建设投入与监管。省农业厅做好全省无公害畜禽、绿色食品基地建设,加快产地认定和产品认证工作。福建出入境检验检疫局、厦门出入境检验检疫局负责,省农业厅配合,强化对出口备案\n";
    let d = gongwen::parse(s);
    assert_eq!(
        read(&d),
        [
            (
                vec!["省经贸委"],
                vec![
                    "省农业厅",
                    "环保局",
                    "福建出入境检验检疫局",
                    "厦门出入境检验检疫局"
                ]
            ),
            (vec!["省农业厅"], vec![]),
            (
                vec!["福建出入境检验检疫局", "厦门出入境检验检疫局"],
                vec!["省农业厅"]
            ),
        ]
    );
}

/// 小江镇 2017 清河行动 实施方案: 将会同 names partners as 要会同 does.
#[test]
fn partners_after_jiang() {
    let s = "四、工作要求\n3、镇河长办将会同镇级责任站所开展检查督导,确保“清河行动”取得实效。\n";
    let d = gongwen::parse(s);
    assert_eq!(read(&d), [(vec!["镇河长办"], vec!["镇级责任站所"])]);
}

/// A phase heading closed by 。 lends its dates and is no task; a step's
/// marker (第一步:, 一是) stands before the subject; a range whose end
/// gives only its day (9月21日至22日).
#[test]
fn phases_steps_and_day_ranges() {
    let s = "三、工作步骤\n(二)专项整治阶段(2010年6月23日至11月20日)。\n第一步:各乡镇按照要求,组织相关人员对本辖区环境综合整治情况进行自检自查。\n四、检查安排\n一是学校要在9月21日至22日组织集中检查。\n某县人民政府办公室\n2010年6月1日\n";
    let d = gongwen::parse(s);
    type Read<'a> = (&'a str, Vec<&'a str>, Option<String>, Option<String>);
    let got: Vec<Read> = d
        .tasks
        .iter()
        .map(|t| {
            let dl = t.deadline.as_ref().unwrap();
            (
                t.text.as_str(),
                leads(t),
                dl.start.map(|x| x.to_string()),
                dl.due.map(|x| x.to_string()),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "第一步:各乡镇按照要求,组织相关人员对本辖区环境综合整治情况进行自检自查。",
                vec!["各乡镇"],
                Some("2010-06-23".to_string()),
                Some("2010-11-20".to_string())
            ),
            (
                "一是学校要在9月21日至22日组织集中检查。",
                vec!["学校"],
                Some("2010-09-21".to_string()),
                Some("2010-09-22".to_string())
            ),
        ]
    );
}

/// 方城县人民政府 征收土地启动公告 (2022): a page's Latin words before the
/// title, and a closing formula with no stop right before the date.
#[test]
fn closing_formula_before_the_date() {
    let s = "The Beginning\n方城县人民政府拟征收土地启动公告(方征启公告﹝2022﹞4号)\n为实施我县国民经济和社会发展规划,现发布拟征收土地启动公告:\n一、拟征收土地范围:\n拟启动征收土地位于博望镇毛庄村。\n特此公告\n2022年1月29日\n";
    let d = gongwen::parse(s);
    assert_eq!(d.title.as_deref(), Some("方城县人民政府拟征收土地启动公告"));
    assert_eq!(d.kind, gongwen::Kind::Announcement);
    assert_eq!(d.date.unwrap().to_string(), "2022-01-29");
    assert_eq!(d.doc_number.as_ref().unwrap().agency, "方征启公告");
}

/// A kind word before a bracketed note (新乡长垣市 2021 通告).
#[test]
fn kind_before_a_bracketed_note() {
    assert_eq!(
        gongwen::elements::kind::kind_of_title(
            "新乡长垣市关于实施交通管制的通告(长垣市交通管理局)"
        ),
        gongwen::Kind::PublicNotice
    );
}

/// 广东省人民政府办公厅 (粤府办〔2023〕5号) as a reprint site saved it: a
/// page's cut headline before a title wrapped over three lines apart by
/// blank lines, and an enclosure title cut by a blank line.
#[test]
fn titles_apart_by_blank_lines() {
    let s = "您的位置:主页 > 公告动态 > 投资资讯 > 投资资讯\n\n《广东省进一步加鼎力度支持民间投资生长实行\n\n广东省人民政府办公厅关于印发广东省\n\n进一步加鼎力度支持民间投资生长\n\n实行方案的通知\n\n粤府办〔2023〕5号\n\n\n各地级以上市人民政府,省政府各部门、各直属机构:\n\n  《广东省进一步加鼎力度支持民间投资生长的实行方案》已经省人民政府赞成,现印发给你们,请认真组织实行。实行历程中遇到的问题,请径向省生长改造委反映。\n\n\n广东省人民政府办公厅\n\n2023年3月17日\n\n\n广东省进一步加鼎力度支持民间\n\n投资生长的实行方案\n\n\n  为进一步加大政策支持力度,引发民间投资活力,根据国家生长改造委《关于进一步完善政策环境加鼎力度支持民间投资生长的意见》(发改投资〔2022〕1652号)要求,连系我省现实,制订本实行方案。\n";
    let d = gongwen::parse(s);
    assert_eq!(
        d.title.as_deref(),
        Some("广东省人民政府办公厅关于印发广东省进一步加鼎力度支持民间投资生长实行方案的通知")
    );
    assert_eq!(d.kind, gongwen::Kind::Notice);
    assert_eq!(d.date.unwrap().to_string(), "2023-03-17");
    assert_eq!(d.enclosures.len(), 1);
    assert_eq!(
        d.enclosures[0].title,
        "广东省进一步加鼎力度支持民间投资生长的实行方案"
    );
}

/// Annexes after the signature headed 附件1:title, 附件2:title (the layout of
/// 表彰决定 and of 达州市人民政府关于废止部分政策性文件的决定, whose 附件1:…目录
/// follows its 市长 line; written out here with a date line): each is an
/// enclosed document titled on its head's line, not a second 附件说明.
#[test]
fn annexes_headed_with_their_titles() {
    let s = "某市人民政府关于表彰先进单位的决定\n各区人民政府:\n为表彰先进,市政府决定对先进单位予以表彰。\n附件:1.先进单位名单\n2.先进个人名单\n某市人民政府\n2008年10月13日\n附件1:先进单位名单\n一、一等奖\n市教育局、市财政局、市公安局、市民政局、市卫生局、市交通局、市水利局、市农业局、市林业局、市环保局、市审计局、市统计局、市文化局、市体育局、市商务局、市住建局、市规划局、市城管局、市司法局、市人社局\n二、二等奖\n市文化局、市体育局、市商务局、市科技局、市工信局、市应急局、市退役军人局、市医保局、市市场监管局\n附件2:先进个人名单\n一、一等奖\n市教育局、市财政局、市公安局、市民政局、市卫生局、市交通局、市水利局、市农业局、市林业局、市环保局、市审计局、市统计局、市文化局、市体育局、市商务局、市住建局、市规划局、市城管局、市司法局、市人社局\n二、二等奖\n市文化局、市体育局、市商务局、市科技局、市工信局、市应急局、市退役军人局、市医保局、市市场监管局\n";
    let d = gongwen::parse(s);
    let attachments: Vec<(Option<u32>, &str)> = d
        .attachments
        .iter()
        .map(|a| (a.ordinal, a.title.as_str()))
        .collect();
    assert_eq!(
        attachments,
        [(Some(1), "先进单位名单"), (Some(2), "先进个人名单")]
    );
    let enclosures: Vec<(&str, usize)> = d
        .enclosures
        .iter()
        .map(|e| (e.title.as_str(), e.outline.len()))
        .collect();
    assert_eq!(enclosures, [("先进单位名单", 2), ("先进个人名单", 2)]);
    assert!(d.diagnostics.is_empty());
}

/// 重庆市 2004 整治违法排污企业专项行动: a sentence that goes on with the
/// same work, its subject left out (…。并将…于7月20日前报…), is the same task.
#[test]
fn sentence_going_on_with_the_same_work() {
    let s = "二、工作步骤\n各区县(自治县、市)专项行动领导小组组织有关部门对清查出来的重点环境问题进行集中整治,公开查处一批典型案件。并将本地重点污染问题的查处情况和违反环境保护法律法规的“土政策”的清理情况于7月20日前报市专项行动领导小组办公室。8月1日至9月20日,市专项行动领导小组组织联合检查组对重点挂牌督办的问题进行现场检查,并接受国家联合检查组的现场检查。\n";
    let d = gongwen::parse(s);
    assert_eq!(d.tasks.len(), 2);
    assert!(d.tasks[0].text.contains("公开查处一批典型案件。并将"));
    assert_eq!(
        d.tasks[0].deadline.as_ref().map(|d| d.raw.as_str()),
        Some("7月20日前")
    );
    assert_eq!(leads(&d.tasks[1]), ["市专项行动领导小组"]);
}

/// 小江镇 2017 清河行动: 需其他部门配合的 is a condition, and 各站所要通力配合
/// names bodies that help.
#[test]
fn condition_clause_and_bodies_that_help() {
    let s = "四、工作要求\n2、各牵头责任单位要履行好“河长制”镇级责任站所的职责,在专项整治工作过程中需其他部门配合的,各站所要通力配合,扎实有效开展工作。\n";
    let d = gongwen::parse(s);
    assert_eq!(read(&d), [(vec!["各牵头责任单位"], vec!["各站所"])]);
}

/// 中共山东省委 山东省人民政府 (鲁发〔2010〕1号), as a provincial site reprints
/// it: no signature, the date in brackets under the number (题注) is the
/// document's date, and no paragraph of its body.
#[test]
fn date_in_brackets_under_the_title() {
    let s = "中共山东省委 山东省人民政府\n关于认真贯彻落实《中共中央、国务院\n关于加大统筹城乡发展力度进一步夯实农业\n农村发展基础的若干意见》的意见\n\n鲁发〔2010〕1号 \n\n(2010年2月1日)\n\n  为认真贯彻落实《中共中央、国务院关于加大统筹城乡发展力度 进一步夯实农业农村发展基础的若干意见》(中发〔2010〕1号)精神,全面推进我 省社会主义新农村建设,现结合实际,提出以下意见。\n\n  一、充分认识统筹城乡发展、夯实农业农村发展基础的重要性\n";
    let d = gongwen::parse(s);
    assert_eq!(d.date.unwrap().to_string(), "2010-02-01");
    assert_eq!(d.doc_number.as_ref().unwrap().raw, "鲁发〔2010〕1号");
    assert!(d.preamble.iter().all(|p| !p.text.contains("2010年2月1日)")));
    // A note that only names a revision, or a draft, gives no date.
    let s = "某市物业管理办法\n(2018年修订)\n\n第一条 为了规范物业管理活动,制定本办法。\n";
    assert_eq!(gongwen::parse(s).date, None);
    // Nor does a bracketed date under a title in running text after the body began.
    let s = "关于开展检查的通知\n各县人民政府:\n现将有关事项通知如下。\n(2020年1月1日)\n";
    assert_eq!(gongwen::parse(s).date, None);
}

/// 滁州市人民政府 2020年市政府重点工作及责任分解 (chuzhou.gov.cn): an item's
/// official in charge (牵头负责领导), then 牵头责任单位 and 协同责任单位 labels.
#[test]
fn lead_and_joint_responsibility_labels() {
    let s = "各县、市、区人民政府,市政府各部门、各直属机构:\n一、确保完成全年主要预期目标\n1. 地区生产总值增长8%以上。\n牵头负责领导:金力。\n牵头责任单位:市发展改革委。\n协同责任单位:市经信局、市商务局、市交通局、市农业农村局、滁州经开区管委会、中新苏滁高新区管委会等,各县、市、区政府。\n2. 财政收入增长8%左右。\n牵头负责领导:金力。\n牵头责任单位:市财政局。\n协同责任单位:市税务局、滁州海关、市人行、滁州经开区管委会、中新苏滁高新区管委会等,各县、市、区政府。\n";
    let d = gongwen::parse(s);
    assert_eq!(d.tasks.len(), 2);
    assert_eq!(d.tasks[0].text, "地区生产总值增长8%以上。");
    assert_eq!(
        read(&d)[1],
        (
            vec!["市财政局"],
            vec![
                "市税务局",
                "滁州海关",
                "市人行",
                "滁州经开区管委会",
                "中新苏滁高新区管委会",
                "各县政府",
                "各市政府",
                "各区政府"
            ]
        )
    );
}

/// 杭州市上城区 2019年《政府工作报告》目标任务分解表 (hzsc.gov.cn), one cell
/// a paragraph: the header's names are letter-spaced (任 务 名 称, 牵 头 部 门).
#[test]
fn letter_spaced_header_cells() {
    let s = "附件1\n\n2019年《政府工作报告》目标任务分解表\n\n序号\n\n任 务 名 称\n\n指 标 要 求\n\n牵 头 部 门\n\n配 合 部 门\n\n目 标 类 型\n\n1\n\n地区生产总值\n\n增长5.5%(市下达指标)\n\n区发改经信局\n\n区财政局、区统计局\n\nA类\n\n2\n\n服务业增加值\n\n增长6%\n\n区发改经信局\n\n区商务局\n\nA类\n";
    let d = gongwen::parse(s);
    assert_eq!(
        read(&d),
        [
            (vec!["区发改经信局"], vec!["区财政局", "区统计局"]),
            (vec!["区发改经信局"], vec!["区商务局"]),
        ]
    );
    assert_eq!(d.tasks[1].text, "服务业增加值\n增长6%");
}

/// 菏泽市人民政府办公室 (菏政办字〔2023〕1号), 三、: a sentence that goes on
/// with a modal and no subject (;要加强舆论宣传…) is the same body's work.
#[test]
fn a_modal_with_its_subject_left_out_goes_on() {
    let s = "三、加强督导\n市发展改革委负责《方案》工作任务的统一督导调度,要建立健全工作推进机制,及时协调解决任务落实中遇到的困难和问题;要加强舆论宣传,注重经验总结推广,营造推动绿色低碳高质量发展的良好氛围。\n";
    let d = gongwen::parse(s);
    assert_eq!(d.tasks.len(), 1);
    assert_eq!(leads(&d.tasks[0]), ["市发展改革委"]);
    assert!(d.tasks[0].text.ends_with("良好氛围。"));
    // 要求 opens a new request, not the same work.
    let s = "三、加强督导\n市发展改革委负责统一督导调度。要求各县区于6月底前报送进展情况。\n";
    let d = gongwen::parse(s);
    assert!(d.tasks[0].text.ends_with("统一督导调度。"));
}

/// A township's 2014 flood-prevention notice (a stored page, its site not
/// named): the topic before a 各-name is not part of it; 汛前 is a deadline
/// with no date.
#[test]
fn topic_before_the_bodies_and_an_undated_event() {
    let s = "一、任务分解\n防汛物资各村居必须在6月10日前送交到镇水利站仓库。\n二、工程检查\n水利部门要在汛前再次进行水利工程检查。\n";
    let d = gongwen::parse(s);
    assert_eq!(
        read(&d),
        [(vec!["各村居"], vec![]), (vec!["水利部门"], vec![])]
    );
    let dl = d.tasks[1].deadline.as_ref().unwrap();
    assert_eq!((dl.raw.as_str(), dl.due), ("汛前", None));
}

/// 清远市创建园林城市 (2009): a sentence that only names a phase and its
/// month is no task; the work is in the sentences after it.
#[test]
fn a_phase_named_in_a_sentence_is_no_task() {
    let s = "一、实施步骤\n结合我市实际,创园工作主要分三个阶段进行。第一阶段为创园动员发动阶段(2009年12月);第二阶段为创建省园林城市阶段(2009年12月起至2010年获得省园林城市称号止)。\n";
    let d = gongwen::parse(s);
    assert!(
        d.tasks.iter().all(|t| !t.text.starts_with("第一阶段")),
        "{:?}",
        d.tasks
    );
}

/// 国务院关于同意将云南省通海县列为国家历史文化名城的批复 (国函〔2021〕30号), as
/// Wikisource prints it: its 发布机关: row is the page's, not the addressees.
#[test]
fn issuing_organ_row_is_no_addressee() {
    let s = "跳转到内容\n\n国务院关于同意将云南省通海县列为国家历史文化名城的批复\n\n維基文庫,自由的圖書館\n国务院关于同意将云南省通海县\n列为国家历史文化名城的批复\n\n国函〔2021〕30号\n2021年3月12日\n发布机关:中华人民共和国国务院\n文件\n\n云南省人民政府:\n你省关于将通海县列为国家历史文化名城的请示收悉。现批复如下:\n";
    let d = gongwen::parse(s);
    assert_eq!(d.addressees, ["云南省人民政府"]);
    assert_eq!(d.doc_number.as_ref().unwrap().raw, "国函〔2021〕30号");
}

/// 最高人民法院 1957 批复 on a law site (法律资料网), and 潍坊市人民政府令第77号
/// in a chorography archive: a site's buttons before the title and an
/// archive's address row are the page's.
#[test]
fn site_buttons_and_archive_rows() {
    let s = "热门站点| 世界资料网 | 专利资料网 | 世界资料网论坛\n收藏本站| 设为首页| 首页\n\n最高人民法院关于试行“各级人民法院刑事案件审判程序总结”几个问题的批复\n\n作者:法律资料网 时间:2024-07-12 08:47:51  浏览:8021   来源:法律资料网\n";
    let d = gongwen::parse(s);
    assert_eq!(
        d.title.as_deref(),
        Some("最高人民法院关于试行“各级人民法院刑事案件审判程序总结”几个问题的批复")
    );
    let s = "潍坊市人民政府令\n\nOriginal URL: http://lib.sdsqw.cn/bin/mse.exe?seachword=&K=d70&A=12&rec=202&run=13\n\n第77号\n《潍坊市突发公共卫生事件应急办法》已经二三年九月二十九日第七次市政\n府常务会议研究通过,现予发布施行。\n\n市长张新起\n";
    let d = gongwen::parse(s);
    assert!(d.addressees.is_empty());
    // An organ's 令 is its title and kind.
    assert_eq!(d.title.as_deref(), Some("潍坊市人民政府令"));
    assert_eq!(d.kind, gongwen::Kind::Order);
}

/// 杭州市上城区 2019 目标任务分解表 (hzsc.gov.cn), saved with its cells
/// parted by bars and its header letter-spaced: one task a row, the last
/// row cut short where the page was saved.
#[test]
fn table_with_cells_parted_by_bars() {
    let s = "附件1 |\n(注:A类指责任目标;B类指激励目标;C类指争先创优目标)\n序号 | 任 务 名 称 | 指 标 要 求 | 牵 头 部 门 | 配 合 部 门 | 目 标 类 型 |\n1 | 地区生产总值 | 增长5.5%(市下达指标) | 区发改经信局 | 区财政局、区住房和城建局、区商务局、区文化和广电旅游体育局、区统计局、区投促局、区电子机械功能区管委会、各街道办事处 | A类 |\n2 | 服务业增加值 | 增长6% | 区发改经信局 | 区财政局、区住房和城建局、区商务局\n";
    let d = gongwen::parse(s);
    assert_eq!(
        read(&d),
        [
            (
                vec!["区发改经信局"],
                vec![
                    "区财政局",
                    "区住房和城建局",
                    "区商务局",
                    "区文化和广电旅游体育局",
                    "区统计局",
                    "区投促局",
                    "区电子机械功能区管委会",
                    "各街道办事处"
                ]
            ),
            (
                vec!["区发改经信局"],
                vec!["区财政局", "区住房和城建局", "区商务局"]
            ),
        ]
    );
    assert_eq!(d.tasks[0].text, "地区生产总值\n增长5.5%(市下达指标)");
    assert_eq!(d.tasks[1].text, "服务业增加值\n增长6%");
}

/// 盘锦市人民政府办公室 2021 (盤政辦發〔2021〕1號), as the site's 繁體 view
/// gives it: read as the simplified notice, quoted texts as written.
#[cfg(feature = "traditional")]
#[test]
fn traditional_script() {
    let s = "盤錦市人民政府辦公室關于印發《2021年市〈政府工作報告〉任務分解和責任分工方案》的通知\n盤政辦發〔2021〕1號\n各縣、區人民政府,遼東灣新區、高新技術產業開發區管委會,市政府各部門、直屬機構:\n現將《2021年市〈政府工作報告〉任務分解和責任分工方案》(以下簡稱《方案》)印發給你們,并就抓好《方案》確定的146項工作任務落實通知如下:\n3.加強督考,狠抓落實。圍繞《方案》的推進實施,市政府督考辦要加大督查考核力度,及時跟進督查各項工作進展情況,對督查發現的問題限期整改、跟蹤落實,年底逐一績效對賬。各牽頭單位要于每月28日前將各項工作任務進展情況報送市政府督考辦。\n盤錦市人民政府辦公室\n2021年1月25日\n";
    let d = gongwen::parse(s);
    let n = d.doc_number.as_ref().unwrap();
    assert_eq!(
        (n.raw.as_str(), n.agency.as_str(), n.year, n.serial),
        ("盤政辦發〔2021〕1號", "盘政办发", 2021, 1)
    );
    assert_eq!(d.kind, gongwen::Kind::Notice);
    assert_eq!(d.date.unwrap().to_string(), "2021-01-25");
    assert_eq!(
        read(&d),
        [(vec!["市政府督考办"], vec![]), (vec!["各牵头单位"], vec![])]
    );
    assert_eq!(
        d.tasks[1].text,
        "各牽頭單位要于每月28日前將各項工作任務進展情況報送市政府督考辦。"
    );
    assert_eq!(d.tasks[1].deadline.as_ref().unwrap().raw, "每月28日前");
}

/// 盘锦市人民政府 2010 (panjin.gov.cn): the page's rows give the number and
/// the title, then the title's line opens with the number again.
#[test]
fn number_repeated_before_the_title() {
    let s = "索 引 号: | 主题分类: | 市政府文件 | |\n发文机关: | 盘锦市政府 | 成文日期: | |\n标 题: | 盘政发〔2010〕22号 盘锦市人民政府关于表彰第二十二届农田基本建设“大禹杯”竞赛优胜单位和先进单位的决定 | ||\n发文字号: | 发布日期: | 2010-12-13 | |\n主 题 词: |\n盘政发〔2010〕22号 盘锦市人民政府关于表彰第二十二届农田基本建设“大禹杯”竞赛优胜单位和先进单位的决定\n各县、区人民政府,辽滨沿海经济区,市政府各部门、各直属机构:\n我市开展第二十二届“大禹杯”竞赛以来,全市农田基本建设做出了贡献。\n";
    let d = gongwen::parse(s);
    assert_eq!(
        d.title.as_deref(),
        Some("盘锦市人民政府关于表彰第二十二届农田基本建设“大禹杯”竞赛优胜单位和先进单位的决定")
    );
    assert_eq!(d.kind, gongwen::Kind::Decision);
    assert_eq!(d.doc_number.as_ref().unwrap().raw, "盘政发〔2010〕22号");
    assert_eq!(
        d.addressees,
        [
            "各县、区人民政府",
            "辽滨沿海经济区",
            "市政府各部门",
            "各直属机构"
        ]
    );
}

/// Page label rows whose value is empty or on another line are no
/// addressees: 中川镇 2020 (栏目:), 浠水县 2017 (文件标题:).
#[test]
fn label_rows_are_no_addressees() {
    let s = "关于上报2020 年第三季度全市全域无垃圾 专项治理工作督查情况通报的整改报告\n索引号: | GS5183/2020-771 | 部门: | 中川镇 |\n---|---|---|---|\n栏目: | 部门文件 | 来源: | 中川镇 |\n作者: | 日期: | 2020-10-20 |\n县全域无垃圾专项治理办公室:\n针对 10 月 9 日市全域无垃圾专项治理办公室督查出的问题,镇党委、政府高度重视,立即组织安排整改。\n特此报告。\n中川镇人民政府\n2020年10月15日\n";
    let d = gongwen::parse(s);
    assert_eq!(d.addressees, ["县全域无垃圾专项治理办公室"]);
    let s = "当前位置:首页 > 法规公文 > 政府文件\n索引号: 011282752 / 2017-00101 主题分类:\n发布机构: 浠水县人民政府 发文日期: 2017-01-28\n文件标题: 县人民政府关于印发《浠水县人民政府工作规则》的通知\n文 号: 浠政发〔2017〕1号 主题词:\n\n县人民政府关于印发《浠水县人民政府工作规则》的通知\n\n各乡镇人民政府(管委会、管理处),县政府各部门:\n现将《浠水县人民政府工作规则》印发给你们,请认真贯彻执行。\n";
    let d = gongwen::parse(s);
    assert_eq!(
        d.addressees,
        ["各乡镇人民政府(管委会、管理处)", "县政府各部门"]
    );
    assert_eq!(
        d.title.as_deref(),
        Some("县人民政府关于印发《浠水县人民政府工作规则》的通知")
    );
    assert_eq!(d.doc_number.as_ref().unwrap().raw, "浠政发〔2017〕1号");
}

/// Running-text forms from four plans: 由…承办,…配合 (a township's 餐桌污染
/// 工作方案, 2015), a school as the body after an opening recurrence (a
/// county's 控辍保学 measures), 或者 joining two bodies (阜阳市 2023), and a
/// body before a verb and 的, which names what it did.
#[test]
fn undertaking_schools_and_relative_clauses() {
    let d = gongwen::parse(
        "一、治理畜牧业产品污染\n由乡三农服务中心承办,乡畜牧站、卫生院、派出所、工商所配合。\n",
    );
    assert_eq!(
        read(&d),
        [(
            vec!["乡三农服务中心"],
            vec!["乡畜牧站", "卫生院", "派出所", "工商所"]
        )]
    );
    let d = gongwen::parse("每年开学前,由各中心小学负责对辖区内适龄少年儿童进行逐户排查,全面摸清适龄儿童少年底数和入学情况。\n");
    assert_eq!(read(&d), [(vec!["各中心小学"], vec![])]);
    assert_eq!(d.tasks[0].deadline.as_ref().unwrap().raw, "每年开学前");
    let d = gongwen::parse("施工总承包单位或者分包单位应当依法进行用工实名登记。\n");
    assert_eq!(read(&d), [(vec!["施工总承包单位", "分包单位"], vec![])]);
    let d = gongwen::parse("县政府组织的会议很多。市政府制定的办法要严格执行。\n");
    assert!(d.tasks.is_empty());
}

/// What a rectification report says was done, a problem described and a
/// notice's own display period give no task: 瑞金市 2020 审计整改 (召开了…),
/// a 环境卫生整治 report (部分乡镇和单位…认识还不够), 铁东区 2019 公示.
#[test]
fn reports_and_display_periods_are_no_tasks() {
    for s in [
        "市审计局按照市政府对整改工作有关要求,召开了整改工作会议,督促被审计单位认真整改审计查出问题,确保每个问题整改落实到位;\n",
        "部分乡镇和单位对环境整治的重要性认识还不够,认为只是“一阵风”,喊得多、做得少,工作标准不高,行动比较慢;\n",
        "特此公示!\n公示时间:2019年12月13日至2019年12月19日,共7天。公示期间如有异议,请联系铁东区河湖管理中心\n",
    ] {
        assert!(gongwen::parse(s).tasks.is_empty(), "{s}");
    }
    // Work to do beside them is still read (了解 is no 了 of work done).
    let d = gongwen::parse("市民政局要深入了解情况。\n");
    assert_eq!(read(&d), [(vec!["市民政局"], vec![])]);
}

/// 南关区 2019 环保督查 (a district head's request): the bodies asked after
/// 要求 do the work.
#[test]
fn bodies_asked_after_a_request() {
    let d = gongwen::parse("杨大勇区长要求相关单位和部门对检查过程中发现的问题立即进行整改。对于黑臭水体防治工作,河长办和区住建局要切实承担起责任,尽早完成销号。\n");
    assert_eq!(
        read(&d),
        [
            (vec!["相关单位和部门"], vec![]),
            (vec!["河长办", "区住建局"], vec![])
        ]
    );
    assert_eq!(d.tasks[0].deadline.as_ref().unwrap().raw, "立即");
}

/// 农民工工资社会保障 (a county plan) and 武汉市 2022 政府工作报告分工: a
/// subject parted from its modal by a comma, a starting time after it.
#[test]
fn subject_parted_from_its_modal_by_a_comma() {
    let d = gongwen::parse("人民法院要为农民工建立快捷方便的申诉渠道。建设、水利、公路等工程建设主管部门,要认真清理本部门管辖项目施工企业拖欠工作情况,采取有力措施。\n");
    assert_eq!(read(&d).len(), 2);
    assert_eq!(
        d.tasks[1].departments_raw.as_deref(),
        Some("建设、水利、公路等工程建设主管部门")
    );
    let d = gongwen::parse("各责任单位要将办理工作纳入本单位绩效目标。各牵头单位从2022年第二季度起,要在每个季度第1个月的20日前,将上季度的责任事项完成情况报市人民政府督查室(报送式样详见附表2)。\n");
    assert_eq!(read(&d)[1], (vec!["各牵头单位"], vec![]));
    assert_eq!(
        d.tasks[1].deadline.as_ref().unwrap().raw,
        "每个季度第1个月的20日前"
    );
    // A comma after a time or a topic is no subject's.
    let d = gongwen::parse("同时,要加强督查。近年来,要求越来越高。\n");
    assert!(d.tasks.is_empty());
}

/// 武汉市人民政府办公厅 2020 (a 信息公开 page, traditional script) and 阜阳市
/// 2023: metadata rows whose labels lost their cell borders, read as rows; the
/// 成文日期 and the 发文字号 come from them.
#[test]
fn page_rows_with_glued_labels() {
    let s = "索引號 000014348/2020-00052 主題分類 綜合政務\n發文機構武漢市人民政府辦公廳發文字號武政辦〔2020〕1號\n發布日期2020年01月23日有效性有效\n成文日期2020年01月17日\n\n市人民政府辦公廳關于印發2020年市《政府工作報告》確定的主要目標任務責任分解方案的通知\n各區人民政府,市人民政府各部門,各有關單位:\n  《2020年市〈政府工作報告〉確定的主要目標任務責任分解方案》已經市人民政府同意,現印發給你們。\n";
    let d = gongwen::parse(s);
    assert_eq!(
        d.title.as_deref(),
        Some(
            "市人民政府辦公廳關于印發2020年市《政府工作報告》確定的主要目標任務責任分解方案的通知"
        )
    );
    assert_eq!(d.date.unwrap().to_string(), "2020-01-17");
    let n = d.doc_number.as_ref().unwrap();
    assert_eq!((n.agency.as_str(), n.year, n.serial), ("武政办", 2020, 1));
    let s = "发文机关阜阳市人民政府\n发文日期2023年08月18日\n时效性现行有效\n发文字号阜政办〔2023〕11号\n施行日期2023年08月18日\n效力级别地方规范性文件\n各县、市、区人民政府,阜阳经开区、阜合园区管委会,市政府各部门、各直属机构:\n为不断巩固提升根治欠薪试点工作成果,现提出如下意见。\n";
    let d = gongwen::parse(s);
    assert_eq!(d.title, None);
    assert_eq!(d.date.unwrap().to_string(), "2023-08-18");
    assert_eq!(d.doc_number.as_ref().unwrap().raw, "阜政办〔2023〕11号");
    // 资阳 2022: the date in a row of bar-parted cells.
    let s = "文号 | 督察通报第十七期 | 成文日期: | 2022年09月14日 |\n2022年第八次县政府常务会议确定事项落实情况的通报\n现将落实情况通报如下。\n";
    assert_eq!(gongwen::parse(s).date.unwrap().to_string(), "2022-09-14");
}

/// 莫力达瓦旗 2017 and 寿县 2022: a view counter's row and a toolbar's
/// (文字大小:[    ] 背景色:) are no addressees.
#[test]
fn toolbar_rows_are_no_addressees() {
    let s = "关于上报打击违法开荒复耕地块的函\n访问次数: 261 来源:农牧和科技局莫力达瓦达斡尔族自治旗 [ 字体大小: ]\n莫农牧发〔2017〕375号\n各乡镇(办事处)人民政府:\n为进一步加强耕地保护,现将有关事项函告如下。\n";
    let d = gongwen::parse(s);
    assert_eq!(d.addressees, ["各乡镇(办事处)人民政府"]);
    assert_eq!(d.doc_number.as_ref().unwrap().raw, "莫农牧发〔2017〕375号");
    let s = "发布时间:2022-08-23 14:52信息来源:寿县人民政府文字大小:[    ] 背景色:       \n关于印发2022年《政府工作报告》主要任务上半年落实情况的通报\n各乡镇人民政府,县政府各部门、各直属机构:\n现将上半年落实情况通报如下。\n";
    let d = gongwen::parse(s);
    assert_eq!(
        d.title.as_deref(),
        Some("关于印发2022年《政府工作报告》主要任务上半年落实情况的通报")
    );
    assert_eq!(
        d.addressees,
        ["各乡镇人民政府", "县政府各部门", "各直属机构"]
    );
}

/// 新乡市 2020 and 三门峡市 2005: 各县(市)、区人民政府, the usual addressee of
/// Henan's cities, is one item; 2019年年底前 keeps its year.
#[test]
fn bracketed_places_share_their_organ_and_the_year_said_twice() {
    let s = "关于做好基层政务公开工作的通知\n各县(市)、区人民政府,市人民政府各部门:\n现将有关事项通知如下。\n一、工作任务\n(一)2019年年底前,市政务公开办完成事项目录编制。\n新乡市人民政府办公室\n2021年3月1日\n";
    let d = gongwen::parse(s);
    assert_eq!(d.addressees, ["各县(市)、区人民政府", "市人民政府各部门"]);
    let dl = d.tasks[0].deadline.as_ref().unwrap();
    assert_eq!(
        (dl.raw.as_str(), dl.due.unwrap().to_string()),
        ("2019年年底前", "2019-12-31".to_string())
    );
}

/// Closing requests of 通报 and cover letters (灌云县 2019, 大洼区 2021, 武汉市
/// 2020, 莫力达瓦旗 2017, 资阳 2022): 下一步 before the subject, a role's
/// alternative in a name, bracketed places in a request, a body the work is
/// handed up to, a problem described, 由X负责的 (what X is in charge of), and
/// the period of the figures to report.
#[test]
fn closing_requests_of_circulars() {
    let d = gongwen::parse("下一步,各园区、各乡镇(街道)、各相关部门要严格按照《县政府工作报告》各项目标任务,倒排时间节点,进一步落实责任。\n");
    assert_eq!(
        read(&d),
        [(vec!["各园区", "各乡镇(街道)", "各相关部门"], vec![])]
    );
    let d = gongwen::parse("各责任(配合)单位要加强协调,积极配合,切实履行各自工作职责。\n");
    assert_eq!(read(&d), [(vec!["各责任(配合)单位"], vec![])]);
    let d = gongwen::parse("对于一些办理难度大、涉及面广的责任事项,相关责任单位要及时报告推进落实过程中存在的困难和问题,提请市人民政府统筹协调解决。\n");
    assert_eq!(read(&d), [(vec!["相关责任单位"], vec![])]);
    let d = gongwen::parse("实际利用外资等均未达序时;有个别单位报送材料不及时。\n");
    assert!(d.tasks.is_empty());
    let d = gongwen::parse("其中,由县民政局负责的第1件、县发改局负责的第4件确定事项进展滞后。\n");
    assert!(d.tasks.is_empty());
    let d = gongwen::parse("请各乡镇(办事处)务必高度重视,在8月8日前上报2003年—2010年末耙毁违法开荒地块复耕的亩数及地块数。\n");
    assert_eq!(read(&d), [(vec!["各乡镇(办事处)"], vec![])]);
    assert_eq!(d.tasks[0].deadline.as_ref().unwrap().raw, "8月8日前");
}

/// Page furniture of reposts (湖南省人民政府 2014, 通山县 2022, 武汉 2020 in a
/// law library, 盐城市 2019 on a forum): a browser title after a dash, an
/// empty 文 号 row, ∙【label】 rows, a forum's sign-up lines, and a title
/// naming the report it splits up before its own kind word.
#[test]
fn repost_furniture_around_the_header() {
    let s = "湖南省人民政府关于2014年《政府工作报告》有关工作部门分工的意见-湖南省人民政府门户网站\n\n湖南省人民政府关于2014年《政府工作报告》有关工作部门分工的意见\n\n省直和中央在湘有关单位:\n现将有关分工意见如下。\n";
    let d = gongwen::parse(s);
    assert_eq!(
        d.title.as_deref(),
        Some("湖南省人民政府关于2014年《政府工作报告》有关工作部门分工的意见")
    );
    let s = "县人民政府关于分解落实 2022年县政府重点工作任务的通知\n索引号 : K26422872/2023-08370 文       号 :\n\n主题分类: 政务公开 发文单位: 通山县人民政府\n\n名       称: 县人民政府关于分解落实 2022年县政府重点工作任务的通知 发布日期: 2023年03月09日\n\n有效性: 有效 发文日期:\n\n各乡镇人民政府,保护区、开发区、风景区管委会,富水湖湿地公园管理处,县政府各部门:\n现将有关事项通知如下。\n";
    let d = gongwen::parse(s);
    assert_eq!(
        d.addressees,
        [
            "各乡镇人民政府",
            "保护区、开发区、风景区管委会",
            "富水湖湿地公园管理处",
            "县政府各部门"
        ]
    );
    let s = "文章属性\n∙【制定机关】武汉市人民政府办公厅\n∙【公布日期】2020.01.17\n∙【字 号】武政办〔2020〕1号\n∙【施行日期】2020.01.17\n正文\n市人民政府办公厅关于印发2020年市\n《政府工作报告》确定的主要目标任务责任分解方案的通知\n武政办〔2020〕1号\n各区人民政府,市人民政府各部门,各有关单位:\n现印发给你们。\n";
    let d = gongwen::parse(s);
    assert_eq!(
        d.title.as_deref(),
        Some(
            "市人民政府办公厅关于印发2020年市《政府工作报告》确定的主要目标任务责任分解方案的通知"
        )
    );
    assert_eq!(d.kind, gongwen::Kind::Notice);
    let s = "|\n马上注册,结交更多好友,享用更多功能,让你轻松玩转社区。\n您需要 登录 才可以下载或查看,没有账号?立即注册\nx\n盐城市人民政府办公室\n关于分解落实2019年市政府工作报告\n主要目标任务的通知\n各县(市、区)人民政府,市开发区、城南新区管委会,市各委、办、局,市各直属单位:\n现将分解表印发给你们。\n";
    let d = gongwen::parse(s);
    assert_eq!(
        d.title.as_deref(),
        Some("盐城市人民政府办公室关于分解落实2019年市政府工作报告主要目标任务的通知")
    );
    assert_eq!(d.addressees.len(), 4);
}

/// 吕梁市 2022 批复 (its kind word set letter by letter), 某县 2015 禁燃通告
/// (四 、 with a stray space), 河北省 2010 政府令 (its number again, agency
/// cut short, is no citation).
#[test]
fn spaced_kind_words_markers_and_own_numbers() {
    let d = gongwen::parse("吕梁市人民政府\n关于吕梁市公园体系规划(2022-2035年)的\n批 复\n市城市管理局:\n你局报来的规划收悉。\n");
    assert_eq!(d.kind, gongwen::Kind::Reply);
    assert_eq!(d.addressees, ["市城市管理局"]);
    let d = gongwen::parse("三、禁燃禁放种类\n各种烟花爆竹制品。\n四 、违反本通告规定的,依法追究法律责任。\n五、本通告自发布之日起施行。\n");
    let markers: Vec<&str> = d.outline.iter().map(|n| n.marker.as_str()).collect();
    assert_eq!(markers, ["三、", "四 、", "五、"]);
    let d = gongwen::parse("河北省人工影响天气管理规定\n\n政府令〔2010〕第15号\n\n《河北省人工影响天气管理规定》已经省政府常务会议通过,现予公布。\n");
    assert!(
        d.citations.iter().all(|c| c.doc_number.is_none()),
        "{:?}",
        d.citations
    );
}

/// 北京市 2010 环境秩序整治 分工 and 漯河市 2011 城市管理 职责分工: a body before
/// a colon with any work after it, 负责会同 partners, and 协同 as 会同.
#[test]
fn duty_lists_of_a_division_of_work() {
    let d = gongwen::parse("18.市园林绿化局:依据职能做好城市绿地、树木管护方面的工作。\n19.市政府法制办:依据职责协助相关部门处理好整治行动中涉及的相关法制工作事务。\n20.市文化执法总队:负责会同公安、城管部门查处非法销售盗版光盘等非法出版物的违法行为。\n23.各区县政府(地区管委会):落实属地责任,制定辖区环境秩序综合整治工作方案。\n");
    assert_eq!(
        read(&d),
        [
            (vec!["市园林绿化局"], vec![]),
            (vec!["市政府法制办"], vec![]),
            (vec!["市文化执法总队"], vec!["公安部门", "城管部门"]),
            (vec!["各区县政府(地区管委会)"], vec![]),
        ]
    );
    let d = gongwen::parse("六、市工商局、市水利局、市林业园林局、市沙澧河建管委协同市建委负责城市市容和环境卫生等内容中涉及部门职责的工作。\n七、市公安局、市建委协同市交通运输局负责城市综合交通涉及部门职责的工作。\n");
    assert_eq!(
        read(&d),
        [
            (
                vec!["市工商局", "市水利局", "市林业园林局", "市沙澧河建管委"],
                vec!["市建委"]
            ),
            (vec!["市公安局", "市建委"], vec!["市交通运输局"]),
        ]
    );
}

/// 漯河市 2011 迎检通知, 盐城市 2019 分解落实, 濮阳市 2011 窨井设施管理办法: a
/// time after the notice between the bodies and their modal, a condition
/// before the modal's subject, X对…负责 with work after it; a system
/// described (…实行…和…负责相结合) and accountability (…对…意见负责) give none.
#[test]
fn conditions_times_and_accountability() {
    let d = gongwen::parse(
        "各单位接到通知后,要高度重视,按照职责分工和台帐要求,精心准备,认真自评,做好迎检各项工作。\n",
    );
    assert_eq!(read(&d), [(vec!["各单位"], vec![])]);
    let d = gongwen::parse(
        "目标任务涉及多个责任部门的,牵头部门要发挥牵头协调作用,敢于担当,统筹推进。\n",
    );
    assert_eq!(read(&d), [(vec!["牵头部门"], vec![])]);
    let d = gongwen::parse("第五条 各产权单位对所属的窨井设施负责维修养护。\n第四条 濮阳市城市道路窨井设施实行行政管理和产权单位负责相结合的管理体制。\n");
    assert_eq!(read(&d), [(vec!["各产权单位"], vec![])]);
    let d = gongwen::parse("法制审核机构对重大执法决定的法制审核意见负责。\n");
    assert!(d.tasks.is_empty());
}

/// 泉州市 2005 道路交通安全管理规定: a short name the text gives itself
/// (以下简称《规定》) names no other document, where given or used again.
#[test]
fn short_names_are_no_citations() {
    let d = gongwen::parse("根据《中华人民共和国道路交通安全法》,制定泉州中心市区道路交通安全管理规定(以下简称《规定》)。\n一、《规定》适用的泉州中心市区区域范围\n根据我市目前的实际情况,本《规定》所适用的中心市区范围是指城区。\n");
    let titles: Vec<&str> = d
        .citations
        .iter()
        .filter_map(|c| c.title.as_deref())
        .collect();
    assert_eq!(titles, ["中华人民共和国道路交通安全法"]);
}

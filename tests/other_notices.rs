//! Notices outside the corpus (excerpts of real pages, sources named), read
//! value by value: labels and role words the corpus does not use, bodies
//! named by their role, and dates the corpus does not write.

use gongwen::{Document, Task};

fn tasks(d: &Document) -> Vec<&Task> {
    d.tasks.iter().collect()
}

#[path = "support/tasks.rs"]
mod support_tasks;
use support_tasks::{coops, leads};

/// 广东省人民政府关于印发2021年省《政府工作报告》重点任务分工方案的通知
/// (粤府〔2021〕22号): 分管省领导:… and 部门分工:X牵头,Y配合 under each item.
const GUANGDONG: &str = "  一、2021年经济社会发展主要预期目标\n\n  1.地区生产总值增长6%以上。\n\n  分管省领导:林克庆\n\n  部门分工:省发展改革委牵头,各地、各部门配合。\n\n  2.地方一般公共预算收入增长5%左右。\n\n  分管省领导:林克庆\n\n  部门分工:省财政厅牵头,各地、各部门配合。\n";

#[test]
fn division_label_names_lead_and_cooperating() {
    let d = gongwen::parse(GUANGDONG);
    let read: Vec<(&str, Vec<&str>, Vec<&str>)> = tasks(&d)
        .into_iter()
        .map(|t| (t.text.as_str(), leads(t), coops(t)))
        .collect();
    assert_eq!(
        read,
        [
            (
                "地区生产总值增长6%以上。",
                vec!["省发展改革委"],
                vec!["各地", "各部门"]
            ),
            (
                "地方一般公共预算收入增长5%左右。",
                vec!["省财政厅"],
                vec!["各地", "各部门"]
            ),
        ]
    );
    // The official in charge is no part of the task's text, but stays in
    // the item's text.
    assert!(d.outline[0].children[0].text.contains("分管省领导:林克庆"));
}

/// 国务院关于落实《政府工作报告》重点工作部门分工的意见 (国发〔2020〕6号),
/// the end of item 1: (国务院各部门分别负责,年内持续推进).
const GUOFA: &str = "1.全、保产业链供应链稳定、保基层运转,坚定实施扩大内需战略,维护经济发展和社会稳定大局,确保完成决战决胜脱贫攻坚目标任务,全面建成小康社会。(国务院各部门分别负责,年内持续推进)\n";

#[test]
fn each_responsible_body() {
    let d = gongwen::parse(GUOFA);
    assert_eq!(d.tasks.len(), 1);
    let t = &d.tasks[0];
    assert_eq!(leads(t), ["国务院各部门"]);
    assert_eq!(
        t.departments_raw.as_deref(),
        Some("国务院各部门分别负责,年内持续推进")
    );
    assert_eq!(t.deadline.as_ref().unwrap().raw, "年内持续推进");
}

/// 菏泽市人民政府办公室 (菏政办字〔2023〕1号): bodies named by their role.
const HEZE: &str = "一、高度重视,认真研究政策。各县区、各部门要坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大精神,认真落实党中央、国务院决策部署和省委、省政府工作要求,强化组织领导,坚持 “一把手”负总责、亲自抓,对照《方案》所承担的目标任务,认真学习研究,找准切入点、着力点和落脚点。积极与国家、省有关部门沟通对接,力争上级支持政策尽快落地见效,发挥最大效益。\n二、压实责任,推动工作落实。各牵头单位要统筹落实任务事项,制定工作推进方案,明确时间表、路线图、责任制,形成一级抓一级、层层抓落实的工作格局。各参与单位要主动作为,积极配合,履职尽责,形成强大工作合力。\n三、加强督导,健全推进机制。市发展改革委负责《方案》工作任务的统一督导调度,要建立健全工作推进机制,及时协调解决任务落实中遇到的困难和问题;要加强舆论宣传,注重经验总结推广,营造推动绿色低碳高质量发展的良好氛围。\n";

#[test]
fn bodies_named_by_their_role() {
    let d = gongwen::parse(HEZE);
    let read: Vec<(Vec<&str>, Vec<&str>)> = tasks(&d)
        .into_iter()
        .map(|t| (t.path.iter().map(String::as_str).collect(), leads(t)))
        .collect();
    assert_eq!(
        read,
        [
            (vec!["一、"], vec!["各县区", "各部门"]),
            (vec!["二、"], vec!["各牵头单位"]),
            (vec!["二、"], vec!["各参与单位"]),
            (vec!["三、"], vec!["市发展改革委"]),
        ]
    );
}

/// 武汉市人民政府办公厅 (武政办〔2019〕1号), item 二: four dates before one 前,
/// the page without its 成文日期.
const WUHAN: &str = "二、按时报告完成情况。各责任事项牵头单位要于2019年4月15日、7月15日、10月15日及2020年1月15日前,将第一、第二、第三季度及全年责任事项完成情况,经本单位主要负责人审定后以书面及电子版形式报送至市人民政府督查室(报送式样附后),由市人民政府督查室负责每季度在市人民政府门户网站向社会集中公开,接受全社会监督。\n";

#[test]
fn dates_listed_before_one_marker_are_milestones() {
    let d = gongwen::parse(WUHAN);
    assert_eq!(d.tasks.len(), 1);
    let t = &d.tasks[0];
    assert_eq!(leads(t), ["各责任事项牵头单位", "市人民政府督查室"]);
    let milestones: Vec<(&str, Option<String>)> = t
        .milestones
        .iter()
        .map(|m| (m.raw.as_str(), m.due.map(|d| d.to_string())))
        .collect();
    let due = |s: &str| Some(s.to_string());
    // The year-less dates are in the year of the date before them.
    assert_eq!(
        milestones,
        [
            ("2019年4月15日", due("2019-04-15")),
            ("7月15日", due("2019-07-15")),
            ("10月15日", due("2019-10-15")),
            ("2020年1月15日前", due("2020-01-15")),
        ]
    );
    let deadline = t.deadline.as_ref().unwrap();
    assert_eq!(
        (deadline.raw.as_str(), deadline.due.map(|d| d.to_string())),
        ("2020年1月15日前", due("2020-01-15"))
    );
}

/// A county's 农村生活条件情况调查事项通知 (1mishu.com): deadlines with a time
/// of day; the notice has no date, so no due day.
const NONGCUN: &str = "各村民小组须在12月2日下午前将农村生产生活条件现状调查表(表一)报各村(居)委会,各村(居)委会须在12月3日上午前将农村生产生活条件现状调查汇总表(表二)报各乡(镇)。\n";

#[test]
fn deadlines_with_a_time_of_day() {
    let d = gongwen::parse(NONGCUN);
    let raws: Vec<Vec<&str>> = tasks(&d)
        .into_iter()
        .map(|t| t.milestones.iter().map(|m| m.raw.as_str()).collect())
        .collect();
    assert_eq!(raws, [vec!["12月2日下午前", "12月3日上午前"]]);
    let t = &d.tasks[0];
    assert_eq!(t.deadline.as_ref().unwrap().raw, "12月3日上午前");
    assert!(t.deadline.as_ref().unwrap().due.is_none());
    let d = gongwen::parse("关于报送材料的通知\n\n各乡镇:\n\n一、各乡(镇)须在12月3日下午5时前报送汇总表。\n\n某县人民政府办公室\n2012年11月28日\n");
    let deadline = d.tasks[0].deadline.as_ref().unwrap();
    assert_eq!(deadline.raw, "12月3日下午5时前");
    assert_eq!(deadline.due.unwrap().to_string(), "2012-12-03");
    // A weekday in brackets (三水区, 2007) and the end of the working day
    // (苏州, 2023) between the day and its 前.
    let d = gongwen::parse("关于开展督查的通知\n\n各镇(街道):\n\n一、各镇(街道)于4月20日(星期五)前上报区督查组。\n二、各市(区)住建局于8月25日下班前报至市住建局。\n\n某区人民政府办公室\n2007年4月10日\n");
    let raws: Vec<(&str, String)> = d
        .tasks
        .iter()
        .map(|t| {
            let d = t.deadline.as_ref().unwrap();
            (d.raw.as_str(), d.due.unwrap().to_string())
        })
        .collect();
    assert_eq!(
        raws,
        [
            ("4月20日(星期五)前", "2007-04-20".to_string()),
            ("8月25日下班前", "2007-08-25".to_string())
        ]
    );
}

/// 国务院办公厅关于印发2016年《政府工作报告》量化指标任务分工的通知
/// (国办函〔2016〕38号) as a law site saved it: the table's cells apart by
/// spaces, its header letter-spaced (工 作 任 务).
const SPACED_TABLE: &str = "序号 工 作 任 务 牵头负责部门\n1 居民消费价格涨幅3%左右 发展改革委\n2 城镇新增就业1000万人以上 人力资源社会保障部\n3 安排财政赤字2.18万亿元,赤字率提高到3% 财政部\n4 安排地方专项债券4000亿元 财政部\n5 中央财政安排1000亿元专项奖补资金,重点用于职工分流安置,2016年安排500亿元 财政部\n6 推进5万个行政村通光纤 工业和信息化部\n7 铁路投资8000亿元以上 发展改革委\n8 公路投资1.65万亿元 交通运输部\n9 再开工20项重大水利工程 水利部\n";

#[test]
fn table_with_cells_apart_by_spaces() {
    let d = gongwen::parse(SPACED_TABLE);
    let read: Vec<(&str, Vec<&str>)> = tasks(&d)
        .into_iter()
        .map(|t| (t.text.as_str(), leads(t)))
        .collect();
    assert_eq!(read.len(), 9);
    assert_eq!(read[0], ("居民消费价格涨幅3%左右", vec!["发展改革委"]));
    assert_eq!(
        read[2],
        ("安排财政赤字2.18万亿元,赤字率提高到3%", vec!["财政部"])
    );
    assert_eq!(read[8], ("再开工20项重大水利工程", vec!["水利部"]));
    // A row's text may hold spaces: the words between the number and the
    // last column are its text.
    let d = gongwen::parse("序号 任务 牵头部门\n1 开展 专项 整治 市公安局\n2 完善制度 市司法局\n");
    let read: Vec<(&str, Vec<&str>)> = tasks(&d)
        .into_iter()
        .map(|t| (t.text.as_str(), leads(t)))
        .collect();
    assert_eq!(
        read,
        [
            ("开展 专项 整治", vec!["市公安局"]),
            ("完善制度", vec!["市司法局"])
        ]
    );
}

/// 金乡县 (2025): 责任单位 beside a 牵头单位 are industrial parks.
const JINXIANG: &str = "7.修编经济开发区整体规划,提升完善各产业园发展规划。(牵头单位:县政府园区发展服务中心;责任单位:新材料产业园、高端装备产业园、食品产业园、商贸物流园等)\n";

#[test]
fn parks_are_bodies() {
    let d = gongwen::parse(JINXIANG);
    assert_eq!(d.tasks.len(), 1);
    assert_eq!(leads(&d.tasks[0]), ["县政府园区发展服务中心"]);
    assert_eq!(
        coops(&d.tasks[0]),
        ["新材料产业园", "高端装备产业园", "食品产业园", "商贸物流园"]
    );
}

/// 北京市城市环境秩序百日整治行动方案 (2010, a law site's copy): items headed
/// by the bodies they assign, and a phase whose dates head its first line.
const BAIRI: &str = "  (十六)各区县政府和地区管委会。落实属地责任,制定专项整治方案和应急预案,统筹协调做好组织和保障工作。围绕市民需求,建设一批便民服务市场,开办一批定点、定时段的早市、夜市、假日市场及流动商贩经营专区,实施规范管理,引导游商入市。\n  (十七)首都综治办、市委督查室、市监察局、市政府督查室。负责组织对整治行动进行专项督查和效能检查考核。\n  四、工作步骤\n  (一)动员部署、调查摸底、宣传发动阶段(2010年9月10日至9月17日)。一是召开全市动员部署大会。各区县政府和地区管委会建立健全组织机构,制定工作方案,狠抓落实。\n  二是调查摸底,建立台帐。各区县政府和地区管委会对辖区突出问题和重点区域进行拉网式排查,建立整治台帐,做到底数清、情况明、目标准确,并将有关工作台帐报市百日整治行动领导小组办公室备案。\n  三是评估风险,制定预案。各区县整治工作领导小组办公室要对拟整治的区域逐一进行风险隐患评估,制定具体、详实的行动预案,明确任务和责任人,对可能出现的问题进行充分预估,健全应对措施,完善现场处置流程,并将有关工作安排报市百日整治行动领导小组办公室备案。\n  四是加强宣传,营造良好舆论氛围。市百日整治行动领导小组办公室统一印制《致广大市民的一封信》。各区县政府和地区管委会要在重点区域设置宣传站,发放宣传资料,号召广大市民和来京务工人员遵守城市管理法规,自觉抵制违法行为,共同维护城市环境秩序。\n";

#[test]
fn items_headed_by_bodies_and_a_phase_on_its_line() {
    let d = gongwen::parse(BAIRI);
    let read: Vec<(Vec<&str>, Vec<&str>, Option<&str>)> = tasks(&d)
        .into_iter()
        .map(|t| {
            (
                t.path.iter().map(String::as_str).collect(),
                leads(t),
                t.deadline.as_ref().map(|d| d.raw.as_str()),
            )
        })
        .collect();
    let phase = Some("2010年9月10日至9月17日");
    assert_eq!(
        read,
        [
            (vec!["(十六)"], vec!["各区县政府", "地区管委会"], None),
            (
                vec!["(十七)"],
                vec!["首都综治办", "市委督查室", "市监察局", "市政府督查室"],
                None
            ),
            // (一) follows (十七) in the excerpt: the outline reads it as
            // their sibling, not under 四、. 一是: the bodies, then 建立 (a
            // work verb since the twentieth stop). 二是: the bodies, then 对
            // and what they act on, then 进行.
            (vec!["(一)"], vec!["各区县政府", "地区管委会"], phase),
            (vec!["(一)"], vec!["各区县政府", "地区管委会"], phase),
            (vec!["(一)"], vec!["各区县整治工作领导小组办公室"], phase),
            (vec!["(一)"], vec!["各区县政府", "地区管委会"], phase),
        ]
    );
    // The phase's heading is no task of its own.
    assert!(d.tasks.iter().all(|t| !t.text.starts_with("动员部署")));
}

/// 青山湖区 (2023): a request in a later clause of a notice's only
/// paragraph (…,请各单位高度重视,…务必在6月1日前…完成整改。).
const QINGSHANHU: &str = "\n各镇人民政府,区直相关单位:\n\n近期,按照省市考核要求,区政务公开办根据国办、省办有关政务公开工作文件精神,委托第三方机构对全区基层政务公开工作开展情况进行了测评,发现部分单位不同程度存在问题。\n\n市政务公开办将于6月下旬对各县市区开展正式测评,市直相关单位正在开展测评,请各单位高度重视,切实提高认识,指定专人负责,逐条整改、销号管理,务必在6月1日前对照问题清单完成整改。区政务公开办将于6月2日开展第二次测评,测评情况将纳入年度考评,同时,因整改不力,影响全区工作推进,制约整体成绩的,将予以通报,并呈送区主要领导和分管领导。\n";

#[test]
fn request_in_a_later_clause() {
    let d = gongwen::parse(QINGSHANHU);
    assert_eq!(d.tasks.len(), 1);
    assert_eq!(leads(&d.tasks[0]), ["各单位"]);
    assert_eq!(d.tasks[0].deadline.as_ref().unwrap().raw, "6月1日前");
    // Not a request: 执行中遇到问题,请径向市民政局反映。
    let d = gongwen::parse("一、执行中遇到问题,请径向市民政局反映。\n");
    assert!(d.tasks.is_empty());
}

/// 潮州市打赢蓝天保卫战实施方案(2019-2020年): a note in a sentence of its own
/// closes the bracket's list (以下各项工作均需…落实,不再列出。), and the text
/// after the bracket is the next task.
const CHAOZHOU: &str = "1.制定实施准入清单。完成生态保护红线、环境质量底线、资源利用上线、环境准入清单编制工作,明确禁止和限制发展的行业、生产工艺和产业目录。〔市生态环境局牵头,市发展和改革局、工业和信息化局、自然资源局参与,各县、区人民政府(管委会)负责落实。以下各项工作均需各县、区人民政府(管委会)落实,不再列出。〕按省的要求,县级及以上城市建成区原则上不再新建每小时35蒸吨以下燃煤锅炉。(市生态环境局、市场监管局牵头,市发展和改革局、工业和信息化局参与)\n";

#[test]
fn note_closing_a_bracket() {
    let d = gongwen::parse(CHAOZHOU);
    assert_eq!(d.tasks.len(), 2);
    assert!(d.tasks[0].text.starts_with("制定实施准入清单。"));
    assert_eq!(leads(&d.tasks[0]), ["市生态环境局"]);
    assert_eq!(
        coops(&d.tasks[0]),
        [
            "各县人民政府(管委会)",
            "各区人民政府(管委会)",
            "市发展和改革局",
            "工业和信息化局",
            "自然资源局"
        ]
    );
    assert!(d.tasks[1].text.starts_with("按省的要求"));
    assert_eq!(leads(&d.tasks[1]), ["市生态环境局", "市场监管局"]);
}

/// A city's 环保专项行动 plan (2009): a phase named with its months on a line
/// of its own lends them to the paragraph under it and is no task itself; a
/// date after 于 before 报送 is when the work is due.
const HUANBAO: &str = "关于开展环保专项行动的通知\n\n各县(区):\n\n一、工作步骤\n(二)摸底和集中整治阶段(5月-8月)\n\
各县区环保局要对辖区企业开展排查。\n(三)总结阶段(9月)\n各县区环保局要于9月底报送总结报告。\n\n某市环保局\n2009年5月1日\n";

#[test]
fn phase_heading_alone_and_a_date_after_yu() {
    let d = gongwen::parse(HUANBAO);
    let read: Vec<(&str, Option<&str>, Option<String>)> = d
        .tasks
        .iter()
        .map(|t| {
            let dl = t.deadline.as_ref();
            (
                t.text.as_str(),
                dl.map(|d| d.raw.as_str()),
                dl.and_then(|d| d.due).map(|d| d.to_string()),
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            (
                "各县区环保局要对辖区企业开展排查。",
                Some("5月-8月"),
                Some("2009-08-31".to_string())
            ),
            (
                "各县区环保局要于9月底报送总结报告。",
                Some("9月底"),
                Some("2009-09-30".to_string())
            ),
        ]
    );
    // 于 in a word (关于, 对于) or a date before 召开 is no deadline.
    let d = gongwen::parse("一、各县区环保局要于6月10日召开推进会。\n");
    assert!(d.tasks.iter().all(|t| t.deadline.is_none()));
}

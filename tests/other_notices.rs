//! Notices outside the corpus (excerpts of real pages, sources named), read
//! value by value: labels and role words the corpus does not use, bodies
//! named by their role, and dates the corpus does not write.

use gongwen::{Document, Task};

fn tasks(d: &Document) -> Vec<&Task> {
    d.tasks.iter().collect()
}

fn leads(t: &Task) -> Vec<&str> {
    t.lead_departments.iter().map(String::as_str).collect()
}

fn coops(t: &Task) -> Vec<&str> {
    t.cooperating_departments
        .iter()
        .map(String::as_str)
        .collect()
}

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

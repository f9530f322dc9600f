//! Assignments that stand on lines of their own, read from notices outside
//! the corpus (excerpts of real 责任分解 schemes), each value asserted.

use gongwen::DeadlineKind;

/// The strings of a task's list, for comparing with literals.
fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

/// 运城市人民政府办公厅关于印发运城市突发事件应急体系建设“十三五”规划责任分解的通知
/// (2017年4月13日): sub-items (1)…(4) under an item, then the item's
/// assignment in a bracket on its own line.
const YUNCHENG: &str = "运城市人民政府办公厅关于印发运城市突发事件应急体系建设“十三五”规划责任分解的通知
各县（市、区）人民政府，各开发区管委会，市直各有关单位：
经市人民政府同意，现将《运城市突发事件应急体系建设“十三五”规划》责任分解印发给你们，请认真组织实施。
运城市人民政府办公厅
2017年4月13日
运城市突发事件应急体系建设“十三五”规划责任分解
为提高应对突发事件和各种风险的能力，维护公众生命财产安全，促进我市经济社会健康发展，根据《运城市突发事件应急体系建设“十三五”规划》（运政办发〔2016〕76号）精神，现将《规划》中明确提出的9项具体建设任务和7项重点建设项目进行责任分解。
“十三五”应急体系9个具体建设任务
（一）“一案三制”建设
1.完善应急预案体系
（1）加强应急预案管理，规范应急预案编制、审批、发布、备案、修订和评估工作，增强应急预案的针对性、实用性和可操作性。
（2）推进政府及其部门应急预案“精编化”，及时修订完善现有应急预案，促进单位和基层应急预案编制全覆盖。
（3）加强应急预案演练，完善演练管理制度，推进“双盲”演练，强化针对性、实战性。
（4）加强应急预案的培训宣传，扩大应急预案发布范围，提高全社会对应急预案的知晓率。
（责任单位：市直各有关单位、各县（市、区）人民政府、各开发区管委会）
";

const SUB_ITEMS: [&str; 4] = [
    "（1）加强应急预案管理，规范应急预案编制、审批、发布、备案、修订和评估工作，增强应急预案的针对性、实用性和可操作性。",
    "（2）推进政府及其部门应急预案“精编化”，及时修订完善现有应急预案，促进单位和基层应急预案编制全覆盖。",
    "（3）加强应急预案演练，完善演练管理制度，推进“双盲”演练，强化针对性、实战性。",
    "（4）加强应急预案的培训宣传，扩大应急预案发布范围，提高全社会对应急预案的知晓率。",
];

fn whole_item() -> String {
    format!("完善应急预案体系\n{}", SUB_ITEMS.join("\n"))
}

#[test]
fn bracket_after_sub_items_assigns_the_whole_item() {
    let d = gongwen::parse(YUNCHENG);
    assert_eq!(d.tasks.len(), 1);
    let t = &d.tasks[0];
    assert_eq!(t.path, ["（一）", "1."]);
    assert_eq!(t.text, whole_item());
    assert_eq!(
        t.lead_departments,
        ["市直各有关单位", "各县(市、区)人民政府", "各开发区管委会"]
    );
    assert!(t.cooperating_departments.is_empty());
    assert_eq!(
        t.departments_raw.as_deref(),
        Some("责任单位：市直各有关单位、各县（市、区）人民政府、各开发区管委会")
    );
    assert!(t.deadline.is_none());
    // The span runs from the item's heading to the bracket's end.
    let span = &YUNCHENG[t.span.range()];
    assert!(span.starts_with("完善应急预案体系\n（1）"), "{span}");
    assert!(span.ends_with("各开发区管委会）"), "{span}");
}

/// The same item with label lines in place of the bracket (the layout of
/// 牵头单位:… / 责任单位:… / 完成时限:… schemes): one task still, its
/// deadline the label's.
#[test]
fn label_lines_after_sub_items_assign_the_whole_item() {
    let s = YUNCHENG.replace(
        "（责任单位：市直各有关单位、各县（市、区）人民政府、各开发区管委会）",
        "牵头单位：市应急管理局\n责任单位：市直各有关单位、各县（市、区）人民政府\n完成时限：2018年底前",
    );
    let d = gongwen::parse(&s);
    assert_eq!(d.tasks.len(), 1);
    let t = &d.tasks[0];
    assert_eq!(t.path, ["（一）", "1."]);
    assert_eq!(t.text, whole_item());
    // The 责任单位 beside a 牵头单位 work under it.
    assert_eq!(t.lead_departments, ["市应急管理局"]);
    assert_eq!(
        t.cooperating_departments,
        ["市直各有关单位", "各县(市、区)人民政府"]
    );
    let deadline = t.deadline.as_ref().unwrap();
    assert_eq!(deadline.raw, "2018年底前");
    assert_eq!(deadline.kind, DeadlineKind::ByDate);
    assert_eq!(deadline.due.unwrap().to_string(), "2018-12-31");
}

/// A sub-item with a bracket of its own: each bracket closes its own
/// sub-item's task, and the last one stays the last sub-item's.
#[test]
fn sub_item_with_its_own_bracket_keeps_brackets_apart() {
    let s = YUNCHENG.replace(
        "（2）推进政府及其部门应急预案“精编化”，及时修订完善现有应急预案，促进单位和基层应急预案编制全覆盖。",
        "（2）推进政府及其部门应急预案“精编化”。（责任单位：市应急局）",
    );
    let d = gongwen::parse(&s);
    let read: Vec<(Vec<&str>, &str, Vec<&str>)> = d
        .tasks
        .iter()
        .map(|t| (strs(&t.path), t.text.as_str(), strs(&t.lead_departments)))
        .collect();
    assert_eq!(
        read,
        [
            (
                vec!["（一）", "1.", "（2）"],
                "推进政府及其部门应急预案“精编化”。",
                vec!["市应急局"]
            ),
            (
                vec!["（一）", "1.", "（4）"],
                "加强应急预案的培训宣传，扩大应急预案发布范围，提高全社会对应急预案的知晓率。",
                vec!["市直各有关单位", "各县(市、区)人民政府", "各开发区管委会"]
            ),
        ]
    );
}

/// A bracket closing the last sub-item's own paragraph is that sub-item's.
#[test]
fn bracket_inside_the_last_sub_item_stays_its_own() {
    let s = YUNCHENG.replace("知晓率。\n（责任单位", "知晓率。（责任单位");
    let d = gongwen::parse(&s);
    assert_eq!(d.tasks.len(), 1);
    assert_eq!(d.tasks[0].path, ["（一）", "1.", "（4）"]);
    assert_eq!(
        d.tasks[0].text,
        "加强应急预案的培训宣传，扩大应急预案发布范围，提高全社会对应急预案的知晓率。"
    );
}

/// 鞍立政发〔2023〕2号 (立山区政府2023年重点工作任务分解和责任分工方案):
/// label lines after each item, naming task forces (专班); the 责任单位
/// beside a 牵头单位 work under it.
#[test]
fn label_lines_name_task_forces() {
    let s = "立山区政府2023年重点工作任务分解和责任分工方案\n\n\
一、经济社会发展的主要预期目标\n\n\
1.努力实现地区生产总值增长6.2%左右。\n\n牵头单位：区发改局\n\n责任单位：立山经济开发区，全区经济运行各专班\n\n\
2.规模上工业增加值增长5%左右。\n\n牵头单位：区工信局\n\n责任单位：立山经济开发区\n";
    let d = gongwen::parse(s);
    let read: Vec<(Vec<&str>, Vec<&str>)> = d
        .tasks
        .iter()
        .map(|t| (strs(&t.lead_departments), strs(&t.cooperating_departments)))
        .collect();
    assert_eq!(
        read,
        [
            (
                vec!["区发改局"],
                vec!["立山经济开发区", "全区经济运行各专班"]
            ),
            (vec!["区工信局"], vec!["立山经济开发区"]),
        ]
    );
}

/// 四川省“十四五”现代流通体系建设实施方案 (2022): assignments in tortoise-shell
/// brackets 〔责任单位:…〕, the first closed by a note (不再做分工,下同).
const SICHUAN: &str = "一、深化现代流通市场化改革\n(一)加强市场体系建设。推进高标准市场体系建设,全面融入全国统一大市场。实施市场准入负面清单制度,实行“非禁即入”。探索建设数字资产交易中心,深化数据要素创新应用。争取将成都市纳入国家要素市场化配置综合改革试点。〔责任单位:省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕\n(二)优化市场准入环境。实施“证照分离”改革全覆盖,持续推进“一网通办”“一日办结”。提升流通领域市场主体登记便利化水平。强化数据共享,推进电子营业执照跨部门、跨行业、跨领域互信互认、互通互用。将“食品经营许可”(预包装食品)和“报关企业注册登记”纳入“多证合一”改革。持续实施“歇业登记”等新制度。〔责任单位:省市场监管局〕\n";

#[test]
fn tortoise_shell_brackets_assign() {
    let d = gongwen::parse(SICHUAN);
    let read: Vec<(Vec<&str>, Vec<&str>, Option<&str>)> = d
        .tasks
        .iter()
        .map(|t| {
            (
                strs(&t.path),
                strs(&t.lead_departments),
                t.deadline.as_ref().map(|d| d.raw.as_str()),
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            (
                vec!["一、", "(一)"],
                vec!["省发展改革委", "省市场监管局", "商务厅", "省大数据中心"],
                None
            ),
            (vec!["一、", "(二)"], vec!["省市场监管局"], Some("持续推进")),
        ]
    );
    assert!(d.tasks[1].text.ends_with("持续实施“歇业登记”等新制度。"));
}

/// 黄石市下陆区 2020年区政府重点工作责任分解: assignments in square brackets
/// [牵头单位:…;责任单位:…].
const XIALU: &str = "一、全力统筹疫情防控和经济社会秩序恢复\n(一)坚持常态化疫情防控\n1、切实提高政治站位,慎终如始精准抓好疫情防控工作。按照“防松懈、防输入、防反弹”要求,建立常态化疫情防控机制,全面落实科学防控、精密智控、闭环管控。对重点人群核酸检测应检尽检,全力做好无症状感染者的监测、追踪、隔离和治疗。[牵头单位:区卫健局;责任单位:区疫情防控指挥部成员单位、各街办(新区)]\n2、以爱国卫生运动和文明城市创建为抓手,大力开展环境卫生综合整治,强化群众风险防控意识,切实巩固疫情防控成果。[牵头单位:区卫健局、区创文办;责任单位:区疫情防控指挥部成员单位、区创文工作领导小组成员单位、各街办(新区)]\n";

#[test]
fn square_brackets_assign() {
    let d = gongwen::parse(XIALU);
    let read: Vec<(Vec<&str>, Vec<&str>, Vec<&str>)> = d
        .tasks
        .iter()
        .map(|t| {
            (
                strs(&t.path),
                strs(&t.lead_departments),
                strs(&t.cooperating_departments),
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            (
                vec!["一、", "(一)", "1、"],
                vec!["区卫健局"],
                vec!["区疫情防控指挥部成员单位", "各街办(新区)"]
            ),
            (
                vec!["一、", "(一)", "2、"],
                vec!["区卫健局", "区创文办"],
                vec![
                    "区疫情防控指挥部成员单位",
                    "区创文工作领导小组成员单位",
                    "各街办(新区)"
                ]
            ),
        ]
    );
    assert_eq!(
        d.tasks[0].departments_raw.as_deref(),
        Some("牵头单位:区卫健局;责任单位:区疫情防控指挥部成员单位、各街办(新区)")
    );
}

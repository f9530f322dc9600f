//! Layouts of the document elements (GB/T 9704-2012 and what real pages do
//! to it), each asserted field by field.

use gongwen::{DeadlineKind, Kind};

/// The standard layout: 发文机关标志, 发文字号, a title wrapped over two lines,
/// 主送机关, body, signature and date on one line, a note, 抄送, 印发.
#[test]
fn standard_layout_with_closing_elements() {
    let s = "盘锦市人民政府办公室文件\n\n盘政办发〔2017〕69号\n\n盘锦市人民政府办公室关于加强\n防汛工作的通知\n\n\
各县、区人民政府，市政府各部门：\n\n  一、加强值守。（牵头部门：市水务局；完成时限：2017年6月末前）\n\n\
  二、排查隐患。由市住建委负责排查城区隐患点位。\n\n盘锦市人民政府办公室 2017年5月28日\n\n（此件公开发布）\n\n\
抄送：市委办公室，市人大常委会办公室。\n\n盘锦市人民政府办公室      2017年5月29日印发\n";
    let d = gongwen::parse(s);
    assert_eq!(
        d.title.as_deref(),
        Some("盘锦市人民政府办公室关于加强防汛工作的通知")
    );
    assert_eq!(d.kind, Kind::Notice);
    let n = d.doc_number.as_ref().unwrap();
    assert_eq!(
        (n.agency.as_str(), n.year, n.serial),
        ("盘政办发", 2017, 69)
    );
    assert_eq!(&s[n.span.range()], "盘政办发〔2017〕69号");
    assert_eq!(d.addressees, ["各县、区人民政府", "市政府各部门"]);
    assert_eq!(d.issuer.as_deref(), Some("盘锦市人民政府办公室"));
    assert_eq!(d.date.unwrap().to_string(), "2017-05-28");
    assert_eq!(d.cc, ["市委办公室", "市人大常委会办公室"]);
    let p = d.printed.as_ref().unwrap();
    assert_eq!(p.by.as_deref(), Some("盘锦市人民政府办公室"));
    assert_eq!(p.date.unwrap().to_string(), "2017-05-29");
    assert_eq!(d.tasks.len(), 2);
    assert_eq!(d.tasks[0].lead_departments, ["市水务局"]);
    assert_eq!(
        d.tasks[0]
            .deadline
            .as_ref()
            .unwrap()
            .due
            .unwrap()
            .to_string(),
        "2017-06-30"
    );
    assert_eq!(d.tasks[1].lead_departments, ["市住建委"]);
    assert!(d
        .diagnostics
        .iter()
        .any(|x| x.code == "web_residue" && &s[x.span.range()] == "（此件公开发布）"));
}

/// Joint issuers on separate lines and a date in Chinese numerals.
#[test]
fn joint_issuers_and_chinese_numeral_date() {
    let s = "关于做好2023年防汛工作的意见\n各区人民政府：\n为做好防汛工作，提出如下意见。\n\
一、加强组织领导。各区政府负责本辖区防汛工作。（责任单位：各区政府；完成时限：年底前）\n\
上海市水务局\n上海市应急管理局\n二〇二三年三月一日\n";
    let d = gongwen::parse(s);
    assert_eq!(d.kind, Kind::Opinion);
    assert_eq!(d.issuers, ["上海市水务局", "上海市应急管理局"]);
    assert_eq!(d.issuer.as_deref(), Some("上海市水务局 上海市应急管理局"));
    assert_eq!(d.date.unwrap().to_string(), "2023-03-01");
    assert_eq!(d.preamble.len(), 1);
    assert_eq!(d.preamble[0].text, "为做好防汛工作，提出如下意见。");
    let t = &d.tasks[0];
    assert_eq!(t.lead_departments, ["各区政府"]);
    // 年底前 is resolved against the document's own date, never the clock.
    assert_eq!(
        t.deadline.as_ref().unwrap().due.unwrap().to_string(),
        "2023-12-31"
    );
}

/// A page with no title line, no number and no date: nothing is invented.
#[test]
fn nothing_invented() {
    let s = "各区要加强值守，确保安全度汛。\n一、落实责任。（责任单位：各区政府）\n";
    let d = gongwen::parse(s);
    assert_eq!(d.title, None);
    assert_eq!(d.doc_number, None);
    assert_eq!(d.date, None);
    assert_eq!(d.issuer, None);
    assert_eq!(d.kind, Kind::Other);
    assert!(d.diagnostics.iter().any(|x| x.code == "no_title"));
    assert!(d.diagnostics.iter().any(|x| x.code == "no_date"));
    // The opening sentence gives 各区 work (modal running text), the item is
    // assigned by its bracket.
    assert_eq!(d.tasks.len(), 2);
    assert_eq!(d.tasks[0].lead_departments, ["各区"]);
    assert_eq!(d.tasks[0].text, "各区要加强值守，确保安全度汛。");
    assert_eq!(d.tasks[1].lead_departments, ["各区政府"]);
    assert_eq!(d.tasks[1].deadline, None);
}

/// A 印发 notice: the enclosed 方案 holds its own outline, tasks come from it,
/// and the 附件说明 list is read with its numbers.
#[test]
fn enclosure_and_attachment_list() {
    let s = "关于印发《某区加强消防安全工作实施方案》的通知\n各街道办事处：\n《某区加强消防安全工作实施方案》已经区政府同意，现印发给你们，请认真执行。\n\
附件：\n1.任务分解表\n2.联系人名单\n某区人民政府办公室\n2024年3月1日\n\
某区加强消防安全工作实施方案\n一、工作目标\n到2025年，火灾总量明显下降。\n二、主要任务\n\
（一）开展隐患排查。2024年6月底前完成全面排查。（责任单位：区消防救援支队，配合单位：各街道办事处）\n";
    let d = gongwen::parse(s);
    assert_eq!(d.attachments.len(), 2);
    assert_eq!(
        (d.attachments[1].ordinal, d.attachments[1].title.as_str()),
        (Some(2), "联系人名单")
    );
    assert_eq!(d.enclosures.len(), 1);
    let e = &d.enclosures[0];
    assert_eq!(e.title, "某区加强消防安全工作实施方案");
    assert_eq!(e.kind, Kind::Other);
    assert_eq!(e.outline.len(), 2);
    assert_eq!(d.tasks.len(), 1);
    let t = &d.tasks[0];
    assert_eq!(t.lead_departments, ["区消防救援支队"]);
    assert_eq!(t.cooperating_departments, ["各街道办事处"]);
    assert_eq!(t.path, ["二、", "（一）"]);
    let dl = t.deadline.as_ref().unwrap();
    assert_eq!(dl.kind, DeadlineKind::ByDate);
    assert_eq!(dl.due.unwrap().to_string(), "2024-06-30");
    assert_eq!(&s[dl.span.range()], dl.raw);
}

/// 鹤政发〔2025〕4号 (鹤岗市, a joint notice): the title wrapped after the
/// organs' 印发, both organs signing on one line set apart by a space.
#[test]
fn joint_organs_issue_on_one_line() {
    let s = "鹤政发〔2025〕4号\n鹤岗市人民政府 鹤岗市中级人民法院印发\n关于完善“府院联动”机制的意见的通知\n\
各县(区)人民政府、法院,市政府各部门:\n\
《鹤岗市人民政府 鹤岗市中级人民法院关于完善“府院联动”机制的意见》已经市政府十七届61次常务会议审议通过,现印发给你们,请认真贯彻执行。\n\
鹤岗市人民政府 鹤岗市中级人民法院\n2025年4月30日\n";
    let d = gongwen::parse(s);
    assert_eq!(
        d.title.as_deref(),
        Some("鹤岗市人民政府 鹤岗市中级人民法院印发关于完善“府院联动”机制的意见的通知")
    );
    assert_eq!(d.issuers, ["鹤岗市人民政府", "鹤岗市中级人民法院"]);
    assert_eq!(
        d.issuer.as_deref(),
        Some("鹤岗市人民政府 鹤岗市中级人民法院")
    );
    assert_eq!(d.date.unwrap().to_string(), "2025-04-30");
}

/// A page typed with the digit 0 for 〇 in the signature's year (国务院,
/// 2013): the date is read and the signature is no body text.
#[test]
fn signature_year_typed_with_zero() {
    let s = "国务院关于加快发展节能环保产业的意见\n\n各省、自治区、直辖市人民政府,国务院各部委、各直属机构:\n\n\
一、总体要求\n各地区要加快发展节能环保产业。\n\n国 务 院\n二0一三年八月六日\n";
    let d = gongwen::parse(s);
    assert_eq!(d.issuer.as_deref(), Some("国务院"));
    assert_eq!(d.date.unwrap().to_string(), "2013-08-06");
    assert_eq!(d.tasks.len(), 1);
    assert_eq!(d.tasks[0].text, "各地区要加快发展节能环保产业。");
}

/// 济宁市 (2021): an addressee item that lists four zones before one
/// 管委会 with a bracket runs past forty characters.
#[test]
fn long_listed_addressee_item() {
    let s = "济宁市人民政府关于加快推进文化建设的实施意见\n\n济政发〔2021〕5号\n\n\
各县(市、区)人民政府,济宁高新区、太白湖新区、济宁经济技术开发区、曲阜文化建设示范区管委会(推进办公室),市政府各部门,各大企业,各高等院校:\n\n\
一、总体要求\n各县(市、区)要加快推进文化建设。\n\n济宁市人民政府\n2021年3月1日\n";
    let d = gongwen::parse(s);
    assert_eq!(
        d.addressees,
        [
            "各县(市、区)人民政府",
            "济宁高新区、太白湖新区、济宁经济技术开发区、曲阜文化建设示范区管委会(推进办公室)",
            "市政府各部门",
            "各大企业",
            "各高等院校"
        ]
    );
}

/// 宝山区 (2022, 实事项目): items whose text opens with a figure (2.50个小区,
/// 4.460个居村) are items 2 and 4 after items 1 and 3; a figure where no
/// item is expected stays text.
#[test]
fn items_opening_with_a_figure() {
    let s = "一、民生实事\n1.既有多层住宅加装电梯新增400台、完工200台。\n2.50个小区新增电动自行车充电设施。\n\
3.开设40个小学生爱心暑托班办班点。\n4.460个居村综合文化活动室提供不少于2300场文化活动。\n\
二、其他\n2.5亿元用于补贴。\n";
    let d = gongwen::parse(s);
    let first = &d.outline[0];
    let ordinals: Vec<u32> = first.children.iter().map(|c| c.ordinal).collect();
    assert_eq!(ordinals, [1, 2, 3, 4]);
    assert_eq!(first.children[1].marker, "2.");
    assert!(first.children[1].text.starts_with("50个小区"));
    assert!(d.outline[1].children.is_empty());
}

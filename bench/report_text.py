"""Synthetic report text in the layouts of the samples, with every fact it prints recorded.

`Doc` collects the lines of a report; each writer that prints a figure records the fact (what the
fact model of docs/facts.md says ingest must extract from it) with its 1-based line number.

Layouts (after the samples in data/samples/):
- `tables`: 部门决算 with the nine 公开表 as tab tables, then the 情况说明 narrative whose items name
  the 类/款/项 and print the amounts on the next line (004);
- `narrative_codes`: narrative only, items printed as `公共安全支出（204）司法（06）行政运行（01）`, with
  项目支出绩效自评表 attached as one-cell-per-line Word tables (001);
- `narrative_names`: narrative only, items printed as `公共安全支出（类）司法（款）行政运行（项）`, with
  project sentences `（1）X项目绩效目标完成情况综述。项目全年预算数…` (000);
- `forms`: 部门整体支出绩效自评基础数据表 and 项目支出绩效自评表, one cell per line (002, 001).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal

from bench.accounts import (Accounts, economic_children, economic_name, function_classes, function_name)

LAYOUTS = ("tables", "narrative_codes", "narrative_names", "forms")
SYNTHETIC_MARKER = "[synthetic] 本文本由 bench/make_corpus.py 合成，仅供基准测试，不是真实的公开文件。"
GPB = "general_public_budget"
REASONS = ("人员变动", "厉行节约，压减一般性支出", "增加了项目经费", "人员经费正常增长", "部分项目完成后不再安排")
CHINESE_NUMBERS = "一二三四五六七八九十"
SPELLED_OUT_UNCHANGED = 0.25  # share of `与2023年度相比，X持平` rather than `，与2023年度持平`


@dataclass
class Style:
    """How one publisher prints its figures."""
    trim: bool  # 269.9 and 0 in sentences rather than 269.90 and 0.00
    thousands: bool  # 1,163.82
    space_before_unit: bool  # 1163.82 万元
    class_suffix: float  # share of class names printed with their 支出 in item paths
    colon: str  # after an item's path

    @classmethod
    def draw(cls, rng: random.Random) -> Style:
        return cls(trim=rng.random() < 0.6, thousands=rng.random() < 0.3, space_before_unit=rng.random() < 0.15,
                   class_suffix=rng.random(), colon=rng.choice((":", "：", ": ")))

    def number(self, fen: int) -> str:
        text = f"{Decimal(fen) / 100:,.2f}" if self.thousands else f"{Decimal(fen) / 100:.2f}"
        if self.trim:
            text = text.rstrip("0").rstrip(".")
        return text

    def wan(self, fen: int) -> str:
        return self.number(fen) + (" 万元" if self.space_before_unit else "万元")


@dataclass
class Doc:
    """Lines of a report and the facts it prints."""
    lines: list[str] = field(default_factory=list)
    budget_lines: list[list] = field(default_factory=list)
    metrics: list[list] = field(default_factory=list)
    projects: list[list] = field(default_factory=list)

    def add(self, text: str = "") -> int:
        self.lines.append(text)
        return len(self.lines)

    def para(self, text: str) -> int:
        """A paragraph followed by a blank line; returns the paragraph's line."""
        line = self.add(text)
        self.add()
        return line

    def function(self, code: str, amount: int, line: int, *, scope: str, kind: str, measure: str = "actual",
                 spending: str = "total", flow: str = "expenditure") -> None:
        level = {3: 1, 5: 2, 7: 3}[len(code)]
        self.budget_lines.append(["function", code, level, flow, spending, scope, measure, money(amount), kind, line])

    def economic(self, code: str, amount: int, line: int) -> None:
        self.budget_lines.append(["economic", code, 1 if len(code) == 3 else 2, "expenditure", "basic", GPB,
                                  "actual", money(amount), "table", line])

    def metric(self, metric: str, value, line: int, *, kind: str = "narrative", measure: str = "actual",
               unit: str = "万元") -> None:
        self.metrics.append([metric, measure, money(value) if unit == "万元" else str(value), unit, kind, line])

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def money(fen: int) -> str:
    return str(Decimal(fen) / 100)


def pct(part: int, whole: int) -> str:
    if not whole:
        return "0"
    return f"{part * 100 / whole:.2f}".rstrip("0").rstrip(".")


def change_words(current: int, prior: int) -> tuple[str, str] | None:
    """(direction, rate word) of a change against the prior year; None when unchanged."""
    if current == prior:
        return None
    return ("增加", "增长") if current > prior else ("减少", "下降")


def write_report(accounts: Accounts, layout: str, rng: random.Random) -> Doc:
    doc = Doc()
    doc.add(SYNTHETIC_MARKER)
    style = Style.draw(rng)
    writer = {"tables": _tables_report, "narrative_codes": _narrative_report,
              "narrative_names": _narrative_report, "forms": _forms_report}[layout]
    writer(doc, accounts, style, rng, layout)
    return doc


# ---- 部门决算: shared parts ---------------------------------------------------------------------------

def _title_block(doc: Doc, a: Accounts, rng: random.Random) -> None:
    title = rng.choice(("部门决算", "部门决算公开说明", "决算公开报告", "部门决算情况说明"))
    if rng.random() < 0.5:
        doc.para(f"{a.year}年度")
        doc.para(a.full_name)
        doc.para(title)
    else:
        doc.para(f"{a.full_name}{a.year}年度{title}")


def _overview(doc: Doc, a: Accounts, rng: random.Random) -> None:
    doc.para("第一部分 部门概况")
    doc.para("一、部门职责")
    doc.para(f"{a.full_name}贯彻落实上级决策部署，依法履行本部门职责，完成区委、区政府交办的其他任务。")
    doc.para("二、机构设置")
    units = rng.randint(0, 3)
    doc.para(f"{a.full_name}下属二级预算单位{units}个，其中行政单位0个，参照公务员法管理的事业单位{min(units, 1)}个，"
             f"其他事业单位{max(units - 1, 0)}个。纳入{a.full_name}{a.year}年度部门决算编制范围的单位包括：本级。")
    retired = rng.randint(0, 8)
    line = doc.para(f"本部门共有行政编制{a.staff_authorized}名。实有人数{a.staff_actual}人，其中：在职人员"
                    f"{a.staff_actual}人，退休{retired}人。")
    doc.metric("staff_authorized", a.staff_authorized, line, unit="人")
    doc.metric("staff_actual", a.staff_actual, line, unit="人")


def _explanation(doc: Doc, a: Accounts, style: Style, rng: random.Random, items: str) -> None:
    """第二/三部分 情况说明: the same sentences in every 部门决算 (after sample 001)."""
    _totals(doc, a, style, rng)
    _general_budget(doc, a, style, rng, items)
    _basic(doc, a, style, rng)
    _three_public(doc, a, style, rng)
    _funds_and_other(doc, a, style, rng)


def _compared(doc: Doc, metric: str, label: str, current: int, prior: int, style: Style, year: int,
              lead: str, rng: random.Random) -> int:
    """A figure and its change against the prior year, in one paragraph; records both facts."""
    words = change_words(current, prior)
    if words is None and rng.random() < SPELLED_OUT_UNCHANGED:
        text = f"{lead}。与{year - 1}年度相比，{label.rstrip('各')}持平。"
    elif words is None:
        text = f"{lead}，与{year - 1}年度持平。"
    else:
        text = (f"{lead}。与{year - 1}年度相比，{label}{words[0]}{style.wan(abs(current - prior))}，"
                f"{words[1]}{pct(abs(current - prior), prior)}%。主要变动原因是{rng.choice(REASONS)}。")
    line = doc.para(text)
    doc.metric(metric, current, line)
    doc.metric(metric, prior, line, measure="prior_year")
    return line


def _totals(doc: Doc, a: Accounts, style: Style, rng: random.Random) -> None:
    y, w = a.year, style.wan
    total, gpb, other = a.expenditure_total, a.gpb_total, a.revenue_other
    doc.para("一、收入支出决算总体情况说明")
    _compared(doc, "grand_total", "收、支总计各", total, a.prior["grand_total"], style, y,
              f"{y}年度收、支总计均为{w(total)}", rng)
    doc.para("二、收入决算情况说明")
    sources = [("revenue_general_budget", "一般公共预算财政拨款收入", gpb), ("revenue_gov_fund", "政府性基金预算财政拨款收入", 0),
               ("revenue_state_capital", "国有资本经营预算财政拨款收入", 0), ("revenue_upper_subsidy", "上级补助收入", 0),
               ("revenue_business", "事业收入", 0), ("revenue_operating", "经营收入", 0),
               ("revenue_subordinate", "附属单位上缴收入", 0), ("revenue_other", "其他收入", other)]
    parts = "；".join(f"{label}{w(value)}，占{pct(value, total)}%" for _, label, value in sources)
    line = doc.para(f"{y}年度本年收入合计{w(total)}，其中：{parts}。")
    doc.metric("revenue_total", total, line)
    for metric, _, value in sources:
        doc.metric(metric, value, line)
    doc.para("三、支出决算情况说明")
    line = doc.para(f"{y}年度本年支出合计{w(total)}，其中：基本支出{w(a.basic)}，占{pct(a.basic, total)}%；项目支出"
                    f"{w(a.project)}，占{pct(a.project, total)}%。上缴上级支出{w(0)}，占0%；经营支出{w(0)}，占0%；"
                    f"对附属单位补助支出{w(0)}，占0%。")
    for metric, value in (("expenditure_total", total), ("expenditure_basic", a.basic), ("expenditure_project", a.project),
                          ("expenditure_to_upper", 0), ("expenditure_operating", 0),
                          ("expenditure_subsidy_subordinate", 0)):
        doc.metric(metric, value, line)
    doc.para("四、财政拨款收入支出决算总体情况说明")
    _compared(doc, "fiscal_grand_total", "财政拨款收、支总计各", gpb, a.prior["gpb_expenditure"], style, y,
              f"{y}年度财政拨款收、支总计均为{w(gpb)}", rng)


def _general_budget(doc: Doc, a: Accounts, style: Style, rng: random.Random, items: str) -> None:
    y, w, gpb = a.year, style.wan, a.gpb_total
    doc.para("五、一般公共预算财政拨款支出决算情况说明")
    doc.para("（一）一般公共预算财政拨款支出决算总体情况")
    _compared(doc, "gpb_expenditure", "一般公共预算财政拨款支出", gpb, a.prior["gpb_expenditure"], style, y,
              f"{y}年度一般公共预算财政拨款支出{w(gpb)}，占本年支出合计的{pct(gpb, a.expenditure_total)}%", rng)
    doc.para("（二）一般公共预算财政拨款支出决算结构情况")
    used = sorted({leaf.code[:3] for leaf in a.leaves if not leaf.other_funded})
    idle = [c for c in function_classes(a.year) if c not in used and c not in ("223", "231", "232", "234")]
    classes = sorted(used + rng.sample(idle, k=rng.randint(0, 3)))
    parts = []
    for code in classes:
        name = function_name(code, a.year)
        printed = name[:-2] + "（类）支出" if rng.random() < 0.3 and name.endswith("支出") else name
        value = a.node_total(code, gpb_only=True)
        parts.append((code, value, f"{printed}{w(value)}，占{pct(value, gpb)}%"))
    line = doc.para(f"{y}年度一般公共预算财政拨款支出{w(gpb)}，主要用于以下方面：" + "；".join(p[2] for p in parts) + "。")
    doc.metric("gpb_expenditure", gpb, line)
    for code, value, _ in parts:
        doc.function(code, value, line, scope=GPB, kind="narrative")
    doc.para("（三）一般公共预算财政拨款支出决算具体情况")
    budget = sum(leaf.budget_initial for leaf in a.leaves if not leaf.other_funded)
    line = doc.add(f"{y}年度一般公共预算支出决算数为{w(gpb)}，完成预算{pct(gpb, budget)}%。其中：")
    doc.metric("gpb_expenditure", gpb, line)
    for number, leaf in enumerate((x for x in a.leaves if not x.other_funded), start=1):
        _item(doc, a, style, rng, number, leaf, items)


def _item(doc: Doc, a: Accounts, style: Style, rng: random.Random, number: int, leaf, items: str) -> None:
    path = _path(a, leaf.code, items, style, rng)
    rate = pct(leaf.total, leaf.budget_initial)
    if items == "names_next_line":
        doc.para(f"{number}.{path}。")
        note = "" if leaf.total == leaf.budget_initial else f"，决算数与年初预算数存在差异的主要原因是{rng.choice(REASONS)}"
        line = doc.para(f"年初预算为{style.wan(leaf.budget_initial)}，支出决算为{style.wan(leaf.total)}，"
                        f"完成年初预算的{rate}%{note}。")
        doc.function(leaf.code, leaf.budget_initial, line, scope=GPB, kind="narrative", measure="budget_initial")
    else:
        note = "决算数与预算数持平" if leaf.total == leaf.budget_initial else f"主要原因是{rng.choice(REASONS)}"
        line = doc.add(f"{number}.{path}{style.colon}支出决算为{style.wan(leaf.total)}，完成预算{rate}%，{note}。")
    doc.function(leaf.code, leaf.total, line, scope=GPB, kind="narrative")


def _path(a: Accounts, code: str, items: str, style: Style, rng: random.Random) -> str:
    """`公共安全支出（204）司法（06）行政运行（01）` or `公共安全支出（类）司法（款）行政运行（项）`."""
    parts = []
    for depth, marker in ((3, "类"), (5, "款"), (7, "项")):
        if depth > len(code):
            break
        name = function_name(code[:depth], a.year)
        if depth == 3 and name.endswith("支出") and rng.random() > style.class_suffix:
            name = name[:-2]
        printed = code[depth - 2 if depth > 3 else 0:depth] if items == "codes" else marker
        parts.append(f"{name}（{printed}）")
    return "".join(parts)


def _basic(doc: Doc, a: Accounts, style: Style, rng: random.Random) -> None:
    doc.para("六、一般公共预算财政拨款基本支出决算情况说明")
    line = doc.para(f"{a.year}年度一般公共预算财政拨款基本支出{style.wan(a.gpb_basic)}，其中：")
    doc.metric("gpb_basic", a.gpb_basic, line)
    line = doc.para(f"人员经费{style.wan(a.personnel)}，主要包括：基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、"
                    "职工基本医疗保险缴费、住房公积金、退休费等。")
    doc.metric("basic_personnel", a.personnel, line)
    label = rng.choice(("公用经费", "日常公用经费"))
    line = doc.para(f"{label}{style.wan(a.public)}，主要包括：办公费、印刷费、水费、电费、邮电费、差旅费、会议费、培训费、"
                    "公务接待费、公务用车运行维护费、其他商品和服务支出等。")
    doc.metric("basic_public", a.public, line)


def _three_public(doc: Doc, a: Accounts, style: Style, rng: random.Random) -> None:
    y, w, t, b = a.year, style.wan, a.three_public, a.three_public_budget
    doc.para("七、财政拨款“三公”经费支出决算情况说明")
    doc.para("（一）“三公”经费财政拨款支出决算总体情况说明")
    words = change_words(t.total, a.prior["three_public_total"])
    compared = (f"与上年度持平" if words is None else
                f"较上年度{words[0]}{w(abs(t.total - a.prior['three_public_total']))}，"
                f"{words[1]}{pct(abs(t.total - a.prior['three_public_total']), a.prior['three_public_total'])}%")
    line = doc.para(f"{y}年度“三公”经费财政拨款支出决算为{w(t.total)}，完成预算{pct(t.total, b.total)}%，{compared}。")
    doc.metric("three_public_total", t.total, line)
    doc.metric("three_public_total", a.prior["three_public_total"], line, measure="prior_year")
    doc.para("（二）“三公”经费财政拨款支出决算具体情况说明")
    line = doc.add(f"{y}年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算{w(t.outbound)}，占{pct(t.outbound, t.total)}%；"
                   f"公务用车购置及运行维护费支出决算{w(t.vehicle)}，占{pct(t.vehicle, t.total)}%；公务接待费支出决算"
                   f"{w(t.reception)}，占{pct(t.reception, t.total)}%。具体情况如下：")
    for metric, value in (("three_public_outbound", t.outbound), ("three_public_vehicle", t.vehicle),
                          ("three_public_reception", t.reception)):
        doc.metric(metric, value, line)
    line = doc.para(f"1.因公出国（境）经费支出{w(t.outbound)}，完成预算0%。全年安排因公出国（境）团组0次，出国（境）0人。"
                    f"因公出国（境）支出决算与{y - 1}年持平。")
    doc.metric("three_public_outbound", t.outbound, line)
    doc.metric("three_public_outbound", t.outbound, line, measure="prior_year")
    _vehicle(doc, a, style, rng)
    _reception(doc, a, style, rng)


def _year_change(label: str, current: int, prior: int, style: Style, year: int, rng: random.Random) -> str:
    words = change_words(current, prior)
    if words is None:
        return f"{label}与{year - 1}年持平。"
    return (f"{label}比{year - 1}年{words[0]}{style.wan(abs(current - prior))}，{words[1]}{pct(abs(current - prior), prior)}%。"
            f"{words[1]}主要原因是{rng.choice(REASONS)}。")


def _vehicle(doc: Doc, a: Accounts, style: Style, rng: random.Random) -> None:
    y, w, t, b = a.year, style.wan, a.three_public, a.three_public_budget
    prior = a.prior["three_public_vehicle"]
    line = doc.add(f"2.公务用车购置及运行维护费支出{w(t.vehicle)},完成预算{pct(t.vehicle, b.vehicle)}%。"
                   + _year_change("公务用车购置及运行维护费支出决算", t.vehicle, prior, style, y, rng))
    doc.metric("three_public_vehicle", t.vehicle, line)
    doc.metric("three_public_vehicle", prior, line, measure="prior_year")
    bought = 1 if t.purchase else 0
    line = doc.para(f"其中：公务用车购置支出{w(t.purchase)}。全年按规定更新购置公务用车{bought}辆，其中：轿车{bought}辆、"
                    f"金额{w(t.purchase)}，越野车0辆、金额{w(0)}，载客汽车0辆、金额{w(0)}。截至{y}年12月31日，单位共有公务用车"
                    f"{a.vehicles}辆，其中：轿车{a.vehicles}辆、越野车0辆、载客汽车0辆。")
    doc.metric("three_public_vehicle_purchase", t.purchase, line)
    line = doc.add(f"公务用车运行维护费支出{w(t.operation)}。主要用于公务用车燃油、维修、保险等方面支出。")
    doc.metric("three_public_vehicle_operation", t.operation, line)


def _reception(doc: Doc, a: Accounts, style: Style, rng: random.Random) -> None:
    y, w, t, b = a.year, style.wan, a.three_public, a.three_public_budget
    prior = a.prior["three_public_reception"]
    line = doc.add(f"3.公务接待费支出{w(t.reception)}，完成预算{pct(t.reception, b.reception)}%。"
                   + _year_change("公务接待费支出决算", t.reception, prior, style, y, rng)
                   + f"其中国内公务接待支出{w(t.reception_domestic)}。主要用于执行公务、开展业务活动开支的交通费、用餐费等。"
                   f"国内公务接待{t.batches}批次，{t.people}人次（不包括陪同人员），共计支出{w(t.reception_domestic)}。")
    doc.metric("three_public_reception", t.reception, line)
    doc.metric("three_public_reception", prior, line, measure="prior_year")
    doc.metric("three_public_reception_domestic", t.reception_domestic, line)
    doc.metric("reception_batches", t.batches, line, unit="批次")
    doc.metric("reception_people", t.people, line, unit="人次")
    line = doc.para(f"外事接待支出{w(t.reception_foreign)}。外事接待0批次，0人次（不包括陪同人员），共计支出{w(0)}。")
    doc.metric("three_public_reception_foreign", t.reception_foreign, line)


def _funds_and_other(doc: Doc, a: Accounts, style: Style, rng: random.Random) -> None:
    y, w = a.year, style.wan
    doc.para("八、政府性基金预算支出决算情况说明")
    doc.metric("gov_fund_expenditure", 0, doc.para(f"{y}年度政府性基金预算财政拨款支出{w(0)}。"))
    doc.para("九、国有资本经营预算支出决算情况说明")
    doc.metric("state_capital_expenditure", 0, doc.para(f"{y}年度国有资本经营预算财政拨款支出{w(0)}。"))
    doc.para("十、其他重要事项的情况说明")
    doc.para("（一）机关运行经费支出情况")
    prior = a.prior["admin_operating_cost"]
    words = change_words(a.public, prior)
    compared = ("与上年度持平" if words is None else
                f"比{y - 1}年度{words[0]}{w(abs(a.public - prior))}，{words[1]}{pct(abs(a.public - prior), prior)}%")
    line = doc.para(f"{y}年度，{a.full_name}机关运行经费支出{w(a.public)}，{compared}。主要原因是{rng.choice(REASONS)}。")
    doc.metric("admin_operating_cost", a.public, line)
    doc.metric("admin_operating_cost", prior, line, measure="prior_year")
    doc.para("（二）政府采购支出情况")
    goods, works, services, sme = a.procurement
    total = goods + works + services
    line = doc.para(f"{y}年度，{a.full_name}政府采购支出总额{w(total)}，其中：政府采购货物支出{w(goods)}、政府采购工程支出"
                    f"{w(works)}、政府采购服务支出{w(services)}。授予中小企业合同金额{w(sme)}，占政府采购支出总额的"
                    f"{pct(sme, total)}%，其中：授予小微企业合同金额{w(0)}，占政府采购支出总额的0%。")
    for metric, value in (("procurement_total", total), ("procurement_goods", goods), ("procurement_works", works),
                          ("procurement_services", services), ("procurement_sme", sme)):
        doc.metric(metric, value, line)
    doc.para("（三）国有资产占有使用情况")
    line = doc.para(f"截至{y}年12月31日，{a.full_name}共有车辆{a.vehicles}辆，其中：主要领导干部用车0辆、机要通信用车0辆、"
                    f"应急保障用车0辆、执法执勤用车{a.vehicles}辆、其他用车0辆。单价100万元以上设备（不含车辆）0台（套）。")
    doc.metric("vehicles_total", a.vehicles, line, unit="辆")


# ---- layout: narrative only (000, 001) -------------------------------------------------------------

def _narrative_report(doc: Doc, a: Accounts, style: Style, rng: random.Random, layout: str) -> None:
    _title_block(doc, a, rng)
    _overview(doc, a, rng)
    doc.para(f"第二部分 {a.year}年度部门决算情况说明")
    _explanation(doc, a, style, rng, "codes" if layout == "narrative_codes" else "names")
    doc.para("（四）预算绩效管理情况")
    if layout == "narrative_names":
        _project_sentences(doc, a, style, rng)
    else:
        doc.para(f"根据预算绩效管理要求，本部门组织对{len(a.projects)}个项目开展了绩效自评，自评表附后。")
    doc.para("第三部分 名词解释")
    doc.para("1.财政拨款收入：指单位从同级财政部门取得的财政预算资金。")
    doc.para("2.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。")
    if layout == "narrative_codes":
        doc.para("第四部分 附件")
        for project in a.projects:
            _project_table(doc, a, project, style, rng)


def _project_sentences(doc: Doc, a: Accounts, style: Style, rng: random.Random) -> None:
    doc.para(f"根据预算绩效管理要求，本部门在年初预算编制阶段，组织对{len(a.projects)}个项目编制了绩效目标，"
             f"年终执行完毕后，对{len(a.projects)}个项目开展了绩效目标完成情况自评。")
    doc.add("1.项目绩效目标完成情况。")
    for number, project in enumerate(a.projects, start=1):
        line = doc.add(f"（{number}）{project.name}项目绩效目标完成情况综述。项目全年预算数{style.wan(project.budget_adjusted)}，"
                       f"执行数为{style.wan(project.executed)}，完成预算的{_rate(project, style)}%。"
                       "通过项目实施，保障了各项工作顺利开展。发现的主要问题：无。下一步改进措施：加强预算执行管理。")
        doc.projects.append([None, project.name, None, money(project.budget_adjusted), money(project.executed),
                             _rate(project, style), None, line])
    doc.add()


def _rate(project, style: Style) -> str:
    return project.rate.rstrip("0").rstrip(".") if style.trim else project.rate


# ---- layout: the nine tables (004) --------------------------------------------------------------------

def _tables_report(doc: Doc, a: Accounts, style: Style, rng: random.Random, layout: str) -> None:
    doc.para(f"{a.year}年度")
    doc.para(a.full_name)
    doc.para("部门决算")
    doc.para("目录")
    for number, name in enumerate(("收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表",
                                   "一般公共预算财政拨款支出决算表", "一般公共预算财政拨款基本支出决算表",
                                   "一般公共预算财政拨款“三公”经费支出决算表", "政府性基金预算财政拨款收入支出决算表",
                                   "国有资本经营预算财政拨款支出决算表")):
        doc.add(f"- {CHINESE_NUMBERS[number]}、{name}")
    doc.add()
    _overview(doc, a, rng)
    doc.para(f"第二部分 {a.year}年度部门决算表")
    _table_01(doc, a)
    _coded_table(doc, a, "收入决算表", "02")
    _coded_table(doc, a, "支出决算表", "03")
    _table_04(doc, a)
    _coded_table(doc, a, "一般公共预算财政拨款支出决算表", "05")
    _table_06(doc, a, rng)
    _table_07(doc, a, style)
    _empty_fund_tables(doc, a)
    doc.para(f"第三部分 {a.year}年度部门决算情况说明")
    _explanation(doc, a, style, rng, "names_next_line")
    doc.para("（四）重点项目绩效情况说明")
    for number, project in enumerate(a.projects, start=1):
        line = doc.para(f"（{number}）{project.name}项目")
        doc.para(f"项目支出{style.wan(project.executed)}，主要用于{project.name}相关工作。")
        doc.projects.append([None, f"{project.name}项目", None, None, money(project.executed), None, None, line])


def _table_head(doc: Doc, a: Accounts, title: str, number: str) -> None:
    doc.para(title)
    doc.para(f"部门：{a.full_name}")
    doc.para(f"公开 {number} 表")
    doc.para("单位：万元")


def _cell(fen: int) -> str:
    return f"{Decimal(fen) / 100:.2f}"


def _table_01(doc: Doc, a: Accounts) -> None:
    _table_head(doc, a, "收入支出决算总表", "01")
    doc.add("收入\t\t\t支出\t\t")
    doc.add("项目\t行次\t金额\t项目\t行次\t金额")
    doc.add("栏次\t\t1\t栏次\t\t2")
    revenue = [("一、一般公共预算财政拨款收入", "revenue_general_budget", a.gpb_total),
               ("二、政府性基金预算财政拨款收入", "revenue_gov_fund", 0),
               ("三、国有资本经营预算财政拨款收入", "revenue_state_capital", 0),
               ("四、上级补助收入", "revenue_upper_subsidy", 0), ("五、事业收入", "revenue_business", 0),
               ("六、经营收入", "revenue_operating", 0), ("七、附属单位上缴收入", "revenue_subordinate", 0),
               ("八、其他收入", "revenue_other", a.revenue_other)]
    classes = function_classes(a.year)
    rows = max(len(revenue), len(classes))
    for index in range(rows):
        left = "\t" + str(index + 1) + "\t"
        if index < len(revenue):
            left = f"{revenue[index][0]}\t{index + 1}\t{_cell(revenue[index][2])}"
        right = "\t\t"
        if index < len(classes):
            code = classes[index]
            value = a.node_total(code)
            right = f"{_numbered(index, function_name(code, a.year))}\t{rows + 5 + index + 1}\t{_cell(value)}"
        line = doc.add(f"{left}\t{right}")
        if index < len(revenue):
            doc.metric(revenue[index][1], revenue[index][2], line, kind="table")
        if index < len(classes):
            doc.function(classes[index], a.node_total(classes[index]), line, scope="all_funds", kind="table")
    total, n = a.expenditure_total, rows
    line = doc.add(f"本年收入合计\t{n + 1}\t{_cell(total)}\t本年支出合计\t{2 * n + 6}\t{_cell(total)}")
    doc.metric("revenue_total", total, line, kind="table")
    doc.metric("expenditure_total", total, line, kind="table")
    doc.add(f"使用非财政拨款结余\t{n + 2}\t0.00\t结余分配\t{2 * n + 7}\t0.00")
    line = doc.add(f"年初结转和结余\t{n + 3}\t0.00\t年末结转和结余\t{2 * n + 8}\t0.00")
    doc.metric("carryover_begin", 0, line, kind="table")
    doc.metric("carryover_end", 0, line, kind="table")
    doc.add(f"\t{n + 4}\t\t\t{2 * n + 9}\t")
    line = doc.add(f"总计\t{n + 5}\t{_cell(total)}\t总计\t{2 * n + 10}\t{_cell(total)}")
    doc.metric("grand_total", total, line, kind="table")
    doc.metric("grand_total", total, line, kind="table")
    doc.add()
    doc.para("注：本表反映部门本年度的总收入和年末结转结余情况。")


def _numbered(index: int, name: str) -> str:
    """`二十三、其他支出`: the Chinese ordinal of a row."""
    number = index + 1
    tens, units = divmod(number, 10)
    text = ("" if tens < 2 else CHINESE_NUMBERS[tens - 1]) + ("十" if tens else "") + (
        CHINESE_NUMBERS[units - 1] if units else "")
    return f"{text}、{name}"


_CODED_TABLES = {
    "02": ("项目\t\t本年收入合计\t财政拨款收入\t上级补助收入\t事业收入\t经营收入\t附属单位上缴收入\t其他收入",
           "栏次\t\t1\t2\t3\t4\t5\t6\t7"),
    "03": ("项目\t\t本年支出合计\t基本支出\t项目支出\t上缴上级支出\t经营支出\t对附属单位补助支出",
           "栏次\t\t1\t2\t3\t4\t5\t6"),
    "05": ("项目\t\t本年支出\t\t\n功能分类科目编码\t科目名称\t小计\t基本支出\t项目支出", "栏次\t\t1\t2\t3"),
}


def _coded_table(doc: Doc, a: Accounts, title: str, number: str) -> None:
    """Tables 02, 03, 05: one row per 类, 款 and 项, the 合计 row first."""
    _table_head(doc, a, title, number)
    header, columns_row = _CODED_TABLES[number]
    for text in header.split("\n"):
        doc.add(text)
    if number != "05":
        doc.add("功能分类科目编码\t科目名称")
    doc.add(columns_row)
    gpb_only = number == "05"
    line = doc.add("\t合计\t" + "\t".join(_cell(v) for v in _coded_values(a, "", number)))
    _total_row_metrics(doc, a, number, line)
    for code in a.nodes(gpb_only=gpb_only):
        values = _coded_values(a, code, number)
        line = doc.add(f"{code}\t{function_name(code, a.year)}\t" + "\t".join(_cell(v) for v in values))
        if number == "02":  # 本年收入合计 (all funds) and 财政拨款收入 (fiscal allocations)
            doc.function(code, values[0], line, scope="all_funds", kind="table", flow="revenue")
            doc.function(code, values[1], line, scope="fiscal_allocation", kind="table", flow="revenue")
            continue
        scope = GPB if gpb_only else "all_funds"
        for spending, value in zip(("total", "basic", "project"), values):
            doc.function(code, value, line, scope=scope, kind="table", spending=spending)
    doc.add()
    doc.para("注：本表反映部门本年度各项收支情况。")


def _coded_values(a: Accounts, code: str, number: str) -> list[int]:
    if number == "02":
        total, gpb = a.node_total(code), a.node_total(code, gpb_only=True)
        return [total, gpb, 0, 0, 0, 0, total - gpb]
    if number == "03":
        return [a.node_total(code), a.node_total(code, part="basic"), a.node_total(code, part="project"), 0, 0, 0]
    return [a.node_total(code, gpb_only=True), a.node_total(code, True, "basic"), a.node_total(code, True, "project")]


def _total_row_metrics(doc: Doc, a: Accounts, number: str, line: int) -> None:
    if number == "02":
        named = (("revenue_total", a.expenditure_total), ("revenue_fiscal", a.gpb_total), ("revenue_upper_subsidy", 0),
                 ("revenue_business", 0), ("revenue_operating", 0), ("revenue_subordinate", 0),
                 ("revenue_other", a.revenue_other))
    elif number == "03":
        named = (("expenditure_total", a.expenditure_total), ("expenditure_basic", a.basic),
                 ("expenditure_project", a.project), ("expenditure_to_upper", 0), ("expenditure_operating", 0),
                 ("expenditure_subsidy_subordinate", 0))
    else:
        named = (("gpb_expenditure", a.gpb_total), ("gpb_basic", a.gpb_basic))
    for metric, value in named:
        doc.metric(metric, value, line, kind="table")


def _table_04(doc: Doc, a: Accounts) -> None:
    doc.para("财政拨款收入支出决算总表")
    doc.para(f"部门：{a.full_name}")
    doc.para("公开 04 表")
    doc.para("单位：万元")
    doc.add("收入\t\t\t支出\t\t\t\t\t")
    doc.add("项目\t行次\t金额\t项目\t行次\t合计\t一般公共预算财政拨款\t政府性基金预算财政拨款\t国有资本经营预算财政拨款")
    doc.add("栏次\t\t1\t栏次\t\t2\t3\t4\t5")
    revenue = [("一、一般公共预算财政拨款", "revenue_general_budget", a.gpb_total),
               ("二、政府性基金预算财政拨款", "revenue_gov_fund", 0),
               ("三、国有资本经营预算财政拨款", "revenue_state_capital", 0)]
    classes = function_classes(a.year)
    rows = len(classes)
    for index, code in enumerate(classes):
        left = f"\t{index + 1}\t"
        if index < len(revenue):
            left = f"{revenue[index][0]}\t{index + 1}\t{_cell(revenue[index][2])}"
        value = a.node_total(code, gpb_only=True)
        line = doc.add(f"{left}\t{_numbered(index, function_name(code, a.year))}\t{rows + 4 + index + 1}\t"
                       f"{_cell(value)}\t{_cell(value)}\t0.00\t0.00")
        if index < len(revenue):
            doc.metric(revenue[index][1], revenue[index][2], line, kind="table")
        for scope, amount in (("fiscal_allocation", value), (GPB, value), ("government_fund", 0), ("state_capital", 0)):
            doc.function(code, amount, line, scope=scope, kind="table")
    gpb, n = a.gpb_total, rows
    line = doc.add(f"本年收入合计\t{n + 1}\t{_cell(gpb)}\t本年支出合计\t{2 * n + 5}\t{_cell(gpb)}\t{_cell(gpb)}\t0.00\t0.00")
    for metric, value in (("revenue_fiscal", gpb), ("gpb_expenditure", gpb), ("gov_fund_expenditure", 0),
                          ("state_capital_expenditure", 0)):
        doc.metric(metric, value, line, kind="table")
    doc.add(f"年初财政拨款结转和结余\t{n + 2}\t0.00\t年末财政拨款结转和结余\t{2 * n + 6}\t0.00\t0.00\t0.00\t0.00")
    doc.add(f"\t{n + 3}\t\t\t{2 * n + 7}\t\t\t\t")
    line = doc.add(f"总计\t{n + 4}\t{_cell(gpb)}\t总计\t{2 * n + 8}\t{_cell(gpb)}\t{_cell(gpb)}\t0.00\t0.00")
    doc.metric("fiscal_grand_total", gpb, line, kind="table")
    doc.metric("fiscal_grand_total", gpb, line, kind="table")
    doc.add()
    doc.para("注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。")


def _table_06(doc: Doc, a: Accounts, rng: random.Random) -> None:
    """Basic spending by economic item: three (code, name, amount) groups side by side."""
    doc.para("一般公共预算财政拨款基本支出决算表")
    doc.para("公开 06 表")
    doc.para("金额单位：万元")
    doc.para(f"部门：{a.full_name}")
    doc.add("人员经费\t\t\t公用经费\t\t\t\t\t")
    doc.add("科目编码\t科目名称\t决算数\t科目编码\t科目名称\t决算数\t科目编码\t科目名称\t决算数")
    truncated = rng.random() < 0.15  # text extraction that cut the 5-digit codes to 4 (sample 004)
    groups = [_economic_group(a, ("301", "303")), _economic_group(a, ("302",)),
              _economic_group(a, ("307", "310", "399"))]
    for row in range(max(len(g) for g in groups)):
        cells, facts = [], []
        for group in groups:
            if row < len(group):
                code, amount = group[row]
                printed = code[:4] if truncated and len(code) == 5 else code
                cells += [printed, economic_name(code, a.year), _cell(amount)]
                facts.append((code, amount))
            else:
                cells += ["", "", ""]
        line = doc.add("\t".join(cells))
        for code, amount in facts:
            doc.economic(code, amount, line)
    doc.add()
    doc.para("注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。")


def _economic_group(a: Accounts, classes: tuple[str, ...]) -> list[tuple[str, int]]:
    rows = []
    for code in classes:
        children = economic_children(code, a.year)
        rows.append((code, sum(a.economic.get(child, 0) for child in children)))
        rows += [(child, a.economic.get(child, 0)) for child in children]
    return rows


def _table_07(doc: Doc, a: Accounts, style: Style) -> None:
    doc.para("一般公共预算财政拨款“三公”经费支出决算表")
    doc.para(f"部门：{a.full_name}")
    doc.para("公开 07 表")
    doc.para("单位：万元")
    doc.add("预算数\t\t\t\t\t\t决算数\t\t\t\t\t")
    doc.add("合计\t因公出国 (境) 费\t公务用车购置及运行费\t\t\t公务接待费\t合计\t因公出国 (境) 费\t公务用车购置及运行费\t\t\t公务接待费")
    doc.add("\t\t小计\t公务用车 购置费\t公务用车 运行费\t\t\t\t小计\t公务用车 购置费\t公务用车 运行费\t")
    doc.add("1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12")
    values = []
    for measure, t in (("budget", a.three_public_budget), ("actual", a.three_public)):
        values += [(measure, "three_public_total", t.total), (measure, "three_public_outbound", t.outbound),
                   (measure, "three_public_vehicle", t.vehicle), (measure, "three_public_vehicle_purchase", t.purchase),
                   (measure, "three_public_vehicle_operation", t.operation),
                   (measure, "three_public_reception", t.reception)]
    printed = style.number if style.trim else _cell
    line = doc.add("\t".join(printed(value).replace(",", "") for _, _, value in values))
    for measure, metric, value in values:
        doc.metric(metric, value, line, kind="table", measure=measure)
    doc.add()
    doc.para("注：本表反映部门本年度“三公”经费支出预决算情况。")


def _empty_fund_tables(doc: Doc, a: Accounts) -> None:
    doc.para("政府性基金预算财政拨款收入支出决算表")
    doc.para(f"部门：{a.full_name}")
    doc.para("公开 08 表")
    doc.para("单位：万元")
    doc.add("项目\t\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余")
    doc.add("功能分类科目编码\t科目名称\t\t\t小计\t基本支出\t项目支出\t")
    doc.add("合计\t\t\t\t\t\t\t")
    doc.add()
    doc.para(f"{a.year}年度本单位没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。")
    doc.para("国有资本经营预算财政拨款支出决算表")
    doc.para(f"部门：{a.full_name}")
    doc.para("公开 09 表")
    doc.para("单位：万元")
    doc.add("项目\t\t本年支出\t\t")
    doc.add("功能分类科目编码\t科目名称\t合计\t基本支出\t项目支出")
    doc.add("合计\t\t\t\t")
    doc.add()
    doc.para(f"{a.year}年度本单位无国有资本经营预算财政拨款支出。")


# ---- layout: forms, one cell per line (002, 001) -------------------------------------------------------

def _cells(doc: Doc, *cells: str) -> list[int]:
    """One Word-table row: a tab before each cell, a blank line after the row."""
    lines = [doc.add("\t" + cell) for cell in cells]
    doc.add()
    return lines


def _forms_report(doc: Doc, a: Accounts, style: Style, rng: random.Random, layout: str) -> None:
    doc.para("附件")
    doc.para("部门整体支出绩效自评基础数据表")
    _cells(doc, f"（{a.year}年度）")
    _cells(doc, "基本情况", "单位名称（盖章）", a.department)
    lines = _cells(doc, "", "编制人数", str(a.staff_authorized), "实有人数", str(a.staff_actual))
    doc.metric("staff_authorized", a.staff_authorized, lines[2], kind="table", unit="人")
    doc.metric("staff_actual", a.staff_actual, lines[4], kind="table", unit="人")
    level = a.region.county[-1] if a.region.county[-1] in "区县市旗" else "区"
    other = _cell(a.revenue_other) if a.revenue_other else ""
    lines = _cells(doc, "", "年度收入（万元）", f"{level}财政预算安排", _cell(a.gpb_total), "非税收入", "",
                   "合计", _cell(a.expenditure_total))
    doc.metric("revenue_fiscal", a.gpb_total, lines[3], kind="table")
    doc.metric("revenue_total", a.expenditure_total, lines[7], kind="table")
    lines = _cells(doc, "", "", "中央省市安排资金", "", "其他收入", other, "", "")
    if a.revenue_other:
        doc.metric("revenue_other", a.revenue_other, lines[5], kind="table")
    head = ["", "年度支出（万元）"]
    if rng.random() < 0.5:  # sample 002: the cell's second paragraph, after a blank line
        doc.add("\t")
        doc.add("\t年度支出")
        doc.add()
        doc.add("（万元）")
        head = []
    lines = _cells(doc, *head, "基本支出", _cell(a.basic), "项目支出", _cell(a.project), "合计",
                   _cell(a.expenditure_total))
    offset = len(head)
    doc.metric("expenditure_basic", a.basic, lines[offset + 1], kind="table")
    doc.metric("expenditure_project", a.project, lines[offset + 3], kind="table")
    doc.metric("expenditure_total", a.expenditure_total, lines[offset + 5], kind="table")
    lines = _cells(doc, "", "", "其中三公经费支出", _cell(a.three_public.total), "", "")
    doc.metric("three_public_total", a.three_public.total, lines[3], kind="table")
    _form_checks(doc, a, style)
    for project in a.projects:
        _project_table(doc, a, project, style, rng)


def _form_checks(doc: Doc, a: Accounts, style: Style) -> None:
    ticked, empty = "eq \\o\\ac(□,√)", "eq \\o\\ac(□)"
    _cells(doc, "实施情况", "财政供养人员控制情况", f"是否存在超编超配人员：   是 {empty}     否 {ticked}")
    _cells(doc, "", "三公经费管理情况", f"是否制定“三公”经费管理办法：是 {ticked}     否□")
    goods, works, services, _ = a.procurement
    planned = goods + works + services
    doc.add("\t")
    doc.add("\t政府采购及金额")
    doc.add(f"\t年度是否制定了政府采购计划：是 {ticked}    否□")
    doc.add()
    line = doc.add(f"应采购金额{style.wan(planned)}，实际采购金额{style.wan(planned)}")
    doc.add()
    doc.metric("procurement_total", planned, line, kind="table", measure="budget")
    doc.metric("procurement_total", planned, line, kind="table")
    _cells(doc, "", "预算执行", f"本年度是否追加了预算:是□  否 {ticked}")
    _cells(doc, "自评结论", f"{a.year}年度部门整体支出绩效自评等级“优”。")


def _project_table(doc: Doc, a: Accounts, project, style: Style, rng: random.Random) -> None:
    """项目支出绩效自评表 (sample 001): budget row, indicators, 合计 row with the total score."""
    doc.add()
    _cells(doc, f"部门预算项目支出绩效自评表（{a.year}年度）")
    line = _cells(doc, "项目名称", f"{project.code}-{project.name}")[1]
    _cells(doc, "主管部门", a.full_name, "实施单位（盖章）", a.department)
    _cells(doc, "预算执行情况（10分）", "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分")
    rate = f"{project.rate}%"
    budget_score = 10 if project.executed >= project.budget_adjusted else 9
    _cells(doc, "", "总额", _cell(project.budget_initial), _cell(project.budget_adjusted), _cell(project.executed),
           rate, "10", str(budget_score))
    _cells(doc, "", "其中：财政资金", _cell(project.budget_initial), _cell(project.budget_adjusted),
           _cell(project.executed), rate, "/", "/")
    _cells(doc, "绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分")
    scores = _indicator_rows(doc, project, rng)
    total = budget_score + scores
    _cells(doc, "合计", "100", str(total))
    doc.projects.append([project.code, project.name, money(project.budget_initial), money(project.budget_adjusted),
                         money(project.executed), project.rate, str(total), line])


def _indicator_rows(doc: Doc, project, rng: random.Random) -> int:
    rows = [("产出指标", "数量指标", f"{project.name}覆盖对象", "≥", str(rng.randint(10, 500)), "人"),
            ("产出指标", "质量指标", "任务完成合格率", "≥", "95", "%"),
            ("产出指标", "时效指标", "资金拨付及时率", "≥", "90", "%"),
            ("效益指标", "社会效益指标", "群众法治意识和获得感", "定性", "优良", "其他"),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", "90", "%")]
    weights = (30, 15, 15, 15, 15)
    total = 0
    for (level1, level2, wording, nature, target, unit), weight in zip(rows, weights):
        score = weight - (rng.randint(0, 2) if rng.random() < 0.2 else 0)
        total += score
        _cells(doc, "", level1, level2, wording, nature, target, unit, target, str(weight), str(score))
    return total

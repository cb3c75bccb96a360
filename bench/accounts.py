"""The figures of one synthetic department-year, internally consistent by construction.

Money is held in integer fen-of-万元 (1 = 0.01 万元) so that every identity is exact: function
items sum to their 款 and 类, 基本 + 项目 = total, 人员经费 + 公用经费 = 基本支出, the economic
items sum to their classes and to 人员/公用经费, the 三公 parts sum to the 三公 total, revenue
sources sum to 本年收入合计, and the projects' execution sums to 项目支出.
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parents[1] / "seeds"

# Items paid for the staff (基本支出) whatever the department.
BASIC_ITEMS = {"01", "50"}  # 行政运行, 事业运行
COMMON_ITEMS = ["2080501", "2080502", "2080504", "2080505", "2080506", "2101101", "2101102", "2101103",
                "2210201", "2210202", "2089999"]
OTHER_FUNDED_ITEM = "2299901"  # 其他支出, paid from 其他收入 rather than the general public budget


@dataclass(frozen=True)
class Profile:
    """A kind of department: its name, the 款/项 its money goes to, its projects."""
    name: str
    weight: int
    sections: tuple[str, ...]  # 5-digit 款; their 项 come from the reference when it lists any
    projects: tuple[str, ...]


PROFILES = (
    Profile("司法局", 3, ("20406", "20499"),
            ("法律援助经费", "普法宣传", "社区矫正办公经费", "人民调解经费", "安置帮教", "案件代理", "法治建设经费")),
    Profile("公安局", 3, ("20402", "20499"),
            ("执法办案经费", "交通管理经费", "治安防控体系建设", "禁毒专项经费", "辅警经费", "看守所运行经费")),
    Profile("民政局", 2, ("20802", "20810", "20819", "20820", "20825"),
            ("城乡低保资金管理", "养老服务补贴", "临时救助资金", "社区建设经费", "婚姻登记服务", "殡葬改革经费")),
    Profile("住房和城乡建设局", 2, ("22101", "22102", "22103"),
            ("老旧小区改造", "保障性住房管理", "建筑市场监管", "城市管理经费", "燃气安全检查")),
    Profile("财政局", 2, ("20106",),
            ("预算编审经费", "财政信息化建设", "国库集中支付管理", "政府采购监管", "财政投资评审")),
    Profile("卫生健康局", 2, ("21001", "21004", "21007"),
            ("基本公共卫生服务", "疾病预防控制", "计划生育奖励扶助", "卫生监督执法", "家庭医生签约服务")),
    Profile("审计局", 1, ("20108",), ("审计业务经费", "投资审计", "经济责任审计", "审计信息化建设")),
    Profile("镇人民政府", 2, ("20103", "20106", "20802"),
            ("乡村振兴", "环境卫生整治", "村级组织运转经费", "道路维护", "防汛抗旱经费", "社会治安综合治理")),
)
TOWN_NAMES = ("青龙", "白马", "石桥", "新华", "龙泉", "桃源", "金山", "清水", "永安", "红星", "太平", "双河",
              "黄土", "柳树", "凤凰", "万福", "三合", "长兴", "仁和", "高峰")


@dataclass(frozen=True)
class Region:
    admin_code: str
    province: str
    city: str  # '' for counties directly under a province-level unit
    county: str

    @property
    def prefix(self) -> str:
        """How a report names the place above the county: the city, else the province."""
        return self.city or self.province


@dataclass
class Leaf:
    """A function line with no children in the report: a 项, or a 款 the reference lists no 项 for."""
    code: str
    basic: int
    project: int
    other_funded: bool = False
    budget_initial: int = 0  # general public budget, 年初预算

    @property
    def total(self) -> int:
        return self.basic + self.project


@dataclass
class Project:
    name: str
    code: str | None
    budget_initial: int
    budget_adjusted: int
    executed: int
    score: int

    @property
    def rate(self) -> str:
        """执行率 as printed (two decimals)."""
        return f"{self.executed * 100 / self.budget_adjusted:.2f}" if self.budget_adjusted else "0.00"


@dataclass
class ThreePublic:
    outbound: int
    purchase: int
    operation: int
    reception_domestic: int
    reception_foreign: int
    batches: int
    people: int

    @property
    def vehicle(self) -> int:
        return self.purchase + self.operation

    @property
    def reception(self) -> int:
        return self.reception_domestic + self.reception_foreign

    @property
    def total(self) -> int:
        return self.outbound + self.vehicle + self.reception


@dataclass
class Accounts:
    year: int
    region: Region
    profile: Profile
    department: str  # as the county names it: 安居区司法局, 石桥镇人民政府 is 安居区石桥镇人民政府
    leaves: list[Leaf]
    economic: dict[str, int]  # 5-digit economic code → general-public-budget basic spending
    three_public: ThreePublic
    three_public_budget: ThreePublic
    staff_authorized: int
    staff_actual: int
    vehicles: int
    procurement: tuple[int, int, int, int]  # goods, works, services, granted to SMEs
    projects: list[Project]
    prior: dict[str, int] = field(default_factory=dict)  # metric → prior-year figure

    @property
    def full_name(self) -> str:
        return self.region.prefix + self.department

    def node_total(self, code: str, gpb_only: bool = False, part: str = "total") -> int:
        """Sum over the leaves under `code` (a 类, 款 or 项)."""
        return sum(getattr(leaf, part) for leaf in self.leaves
                   if leaf.code.startswith(code) and not (gpb_only and leaf.other_funded))

    def nodes(self, gpb_only: bool = False) -> list[str]:
        """Codes printed in a coded table, parents first: 类, 款, 项."""
        codes = set()
        for leaf in self.leaves:
            if gpb_only and leaf.other_funded:
                continue
            codes.update({leaf.code[:3], leaf.code[:5], leaf.code})
        return sorted(codes, key=lambda code: (code[:3], code[:5], len(code), code))

    @property
    def expenditure_total(self) -> int:
        return sum(leaf.total for leaf in self.leaves)

    @property
    def basic(self) -> int:
        return sum(leaf.basic for leaf in self.leaves)

    @property
    def project(self) -> int:
        return sum(leaf.project for leaf in self.leaves)

    @property
    def gpb_total(self) -> int:
        return sum(leaf.total for leaf in self.leaves if not leaf.other_funded)

    @property
    def gpb_basic(self) -> int:
        return sum(leaf.basic for leaf in self.leaves if not leaf.other_funded)

    @property
    def gpb_project(self) -> int:
        return sum(leaf.project for leaf in self.leaves if not leaf.other_funded)

    @property
    def revenue_other(self) -> int:
        return self.expenditure_total - self.gpb_total

    @property
    def personnel(self) -> int:
        return sum(v for code, v in self.economic.items() if code[:3] in ("301", "303"))

    @property
    def public(self) -> int:
        return self.gpb_basic - self.personnel


# ---- reference data --------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def function_rows() -> tuple[dict, ...]:
    with open(SEEDS_DIR / "ref_function_class.csv", encoding="utf-8") as handle:
        return tuple(csv.DictReader(handle))


@lru_cache(maxsize=None)
def economic_rows() -> tuple[dict, ...]:
    with open(SEEDS_DIR / "ref_economic_class.csv", encoding="utf-8") as handle:
        return tuple(row for row in csv.DictReader(handle) if row["scheme"] == "department")


@lru_cache(maxsize=None)
def regions() -> tuple[Region, ...]:
    with open(SEEDS_DIR / "ref_region.csv", encoding="utf-8") as handle:
        return tuple(Region(r["admin_code"], r["province"], r["city"], r["county"])
                     for r in csv.DictReader(handle) if r["level"] == "county")


def _valid(row: dict, year: int) -> bool:
    return int(row["valid_from"]) <= year <= int(row["valid_to"])


@lru_cache(maxsize=None)
def _function_index(year: int) -> tuple[dict[str, str], dict[str, list[str]]]:
    """(code → name, parent code → child codes) of the function classification valid in `year`."""
    names, children = {}, {}
    for row in function_rows():
        if _valid(row, year):
            names[row["code"]] = row["name"]
            children.setdefault(row["parent_code"], []).append(row["code"])
    return names, {parent: sorted(set(codes)) for parent, codes in children.items()}


@lru_cache(maxsize=None)
def _economic_index(year: int) -> tuple[dict[str, str], dict[str, list[str]]]:
    names, children = {}, {}
    for row in economic_rows():
        if _valid(row, year):
            names[row["code"]] = row["name"]
            children.setdefault(row["parent_code"], []).append(row["code"])
    return names, children


def function_name(code: str, year: int) -> str:
    """The reference name of a function code in that year."""
    try:
        return _function_index(year)[0][code]
    except KeyError:
        raise KeyError(f"function code {code} is not valid in {year}") from None


def function_valid(code: str, year: int) -> bool:
    return code in _function_index(year)[0]


def function_children(code: str, year: int) -> list[str]:
    return _function_index(year)[1].get(code, [])


def function_classes(year: int) -> list[str]:
    """The 类 a department's summary tables (01, 04) list, in code order."""
    skipped = {"209", "227", "230", "233"}  # not department spending: 社保基金, 预备费, 转移性, 发行费用
    return [code for code in _function_index(year)[1].get("", []) if code not in skipped]


def economic_name(code: str, year: int) -> str:
    try:
        return _economic_index(year)[0][code]
    except KeyError:
        raise KeyError(f"economic code {code} is not valid in {year}") from None


def economic_children(code: str, year: int) -> list[str]:
    return _economic_index(year)[1].get(code, [])


# ---- drawing one department-year -----------------------------------------------------------------

def draw_accounts(rng: random.Random, year: int) -> Accounts:
    profile = rng.choices(PROFILES, weights=[p.weight for p in PROFILES])[0]
    region = rng.choice(regions())
    department = profile.name
    if profile.name == "镇人民政府":
        department = rng.choice(TOWN_NAMES) + "镇人民政府"
    department = region.county + department
    scale = int(rng.lognormvariate(6.6, 0.7) * 100)  # total spending in fen of 万元, median ~735 万元
    leaves = _draw_leaves(rng, profile, year, scale)
    accounts = Accounts(year=year, region=region, profile=profile, department=department, leaves=leaves,
                        economic={}, three_public=None, three_public_budget=None,
                        staff_authorized=0, staff_actual=0, vehicles=0, procurement=(0, 0, 0, 0), projects=[])
    accounts.three_public, accounts.three_public_budget = _draw_three_public(rng, accounts.gpb_basic)
    accounts.economic = _draw_economic(rng, accounts)
    accounts.staff_authorized = max(3, int(accounts.gpb_basic / 100 / rng.uniform(14, 22)))
    accounts.staff_actual = max(2, accounts.staff_authorized - rng.randint(-2, 4))
    accounts.vehicles = rng.randint(0, 4) if accounts.three_public.vehicle else 0
    accounts.procurement = _draw_procurement(rng, accounts.expenditure_total)
    accounts.projects = _draw_projects(rng, accounts, year)
    accounts.prior = _draw_prior(rng, accounts)
    return accounts


def _draw_leaves(rng: random.Random, profile: Profile, year: int, scale: int) -> list[Leaf]:
    codes = []
    for section in profile.sections:
        if not function_valid(section, year):
            continue
        items = function_children(section, year)
        if items:
            basic = [c for c in items if c[-2:] in BASIC_ITEMS]
            others = [c for c in items if c[-2:] not in BASIC_ITEMS]
            codes += basic[:1] + rng.sample(others, k=min(len(others), rng.randint(1, 4)))
        else:
            codes.append(section)
    common = [c for c in COMMON_ITEMS if function_valid(c, year)]
    codes += [c for c in common if c in ("2080505", "2210201")]
    codes += rng.sample([c for c in common if c not in ("2080505", "2210201")], k=rng.randint(1, 3))
    codes = sorted(set(codes))
    weights = [_weight(rng, code, profile) for code in codes]
    amounts = _split(scale, weights)
    leaves = [_leaf(rng, code, amount) for code, amount in zip(codes, amounts)]
    if rng.random() < 0.3:
        leaves.append(Leaf(OTHER_FUNDED_ITEM, basic=0, project=0, other_funded=True))
        leaves[-1].basic = int(scale * rng.uniform(0.005, 0.05))
    for leaf in leaves:
        leaf.budget_initial = int(leaf.total * rng.choice((1, 1, rng.uniform(0.6, 1.2))))
    return leaves


def _weight(rng: random.Random, code: str, profile: Profile) -> float:
    if code[:5] in profile.sections:
        return rng.uniform(3, 10) if code[-2:] in BASIC_ITEMS or len(code) == 5 else rng.uniform(0.3, 3)
    return rng.uniform(0.3, 1.5)


def _leaf(rng: random.Random, code: str, amount: int) -> Leaf:
    if len(code) == 5:  # a 款 with no 项: staff and projects alike
        basic = int(amount * rng.uniform(0.5, 0.9))
        return Leaf(code, basic=basic, project=amount - basic)
    if code[-2:] in BASIC_ITEMS or code[:3] in ("208", "210", "221"):
        return Leaf(code, basic=amount, project=0)
    return Leaf(code, basic=0, project=amount)


def _split(total: int, weights: list[float]) -> list[int]:
    """`total` in integer parts proportional to `weights`, summing to `total` exactly."""
    scale = sum(weights)
    parts = [int(total * w / scale) for w in weights]
    parts[0] += total - sum(parts)
    return parts


def _draw_three_public(rng: random.Random, basic: int) -> tuple[ThreePublic, ThreePublic]:
    if rng.random() < 0.05:
        actual = ThreePublic(0, 0, 0, 0, 0, 0, 0)
    else:
        operation = int(basic * rng.uniform(0.002, 0.02))
        purchase = int(rng.uniform(800, 2500)) if rng.random() < 0.1 else 0
        domestic = int(basic * rng.uniform(0.0, 0.006))
        batches = rng.randint(1, 40) if domestic else 0
        actual = ThreePublic(outbound=0, purchase=purchase, operation=operation, reception_domestic=domestic,
                             reception_foreign=0, batches=batches, people=batches * rng.randint(2, 8))
    budget = ThreePublic(outbound=0, purchase=actual.purchase, operation=int(actual.operation * rng.uniform(1, 1.3)),
                         reception_domestic=int(actual.reception_domestic * rng.uniform(1, 1.5)),
                         reception_foreign=0, batches=0, people=0)
    return actual, budget


def _draw_economic(rng: random.Random, accounts: Accounts) -> dict[str, int]:
    """Basic spending of the general public budget by economic item (06 table)."""
    year, basic, three = accounts.year, accounts.gpb_basic, accounts.three_public
    personnel = int(basic * rng.uniform(0.78, 0.93))
    public = basic - personnel
    fixed = {"30212": three.outbound, "30217": three.reception, "30231": three.operation, "31013": three.purchase}
    if public < sum(fixed.values()):
        public = sum(fixed.values())
        personnel = basic - public
    out: dict[str, int] = {}
    wages = rng.sample(economic_children("301", year), k=8)
    pensions = rng.sample(economic_children("303", year), k=2)
    for code, amount in zip(wages + pensions, _split(personnel, [rng.uniform(0.5, 4) for _ in wages + pensions])):
        out[code] = amount
    others = [c for c in economic_children("302", year) if c not in fixed]
    chosen = rng.sample(others, k=9)
    rest = public - sum(fixed.values())
    for code, amount in zip(chosen, _split(rest, [rng.uniform(0.5, 3) for _ in chosen]) if rest else []):
        out[code] = amount
    out.update({code: amount for code, amount in fixed.items() if amount})
    return out


def _draw_procurement(rng: random.Random, total: int) -> tuple[int, int, int, int]:
    goods = int(total * rng.uniform(0, 0.05))
    works = int(total * rng.uniform(0, 0.05)) if rng.random() < 0.2 else 0
    services = int(total * rng.uniform(0, 0.05)) if rng.random() < 0.5 else 0
    sme = int((goods + works + services) * rng.choice((1, 1, rng.uniform(0.3, 1))))
    return goods, works, services, sme


def _draw_projects(rng: random.Random, accounts: Accounts, year: int) -> list[Project]:
    total = accounts.gpb_project
    if total <= 0:
        return []
    names = rng.sample(accounts.profile.projects, k=min(len(accounts.profile.projects), rng.randint(2, 5)))
    executed = _split(total, [rng.uniform(0.5, 3) for _ in names])
    projects = []
    for number, (name, spent) in enumerate(zip(names, executed)):
        adjusted = spent if rng.random() < 0.6 else int(spent / rng.uniform(0.8, 0.999))
        initial = adjusted if rng.random() < 0.5 else int(adjusted * rng.uniform(0.5, 1.0))
        code = f"{accounts.region.admin_code}{year % 100:02d}T{rng.randrange(10 ** 11, 10 ** 12):012d}"
        projects.append(Project(name=name, code=code, budget_initial=initial, budget_adjusted=adjusted,
                                executed=spent, score=rng.choice((100, 100, 98, 95, 92, 90))))
    return projects


def _draw_prior(rng: random.Random, accounts: Accounts) -> dict[str, int]:
    """Prior-year figures of the metrics the report compares with last year."""
    def around(value: int) -> int:
        return value if rng.random() < 0.1 else max(0, int(value * rng.uniform(0.85, 1.15)))
    three = accounts.three_public
    return {"grand_total": around(accounts.expenditure_total), "gpb_expenditure": around(accounts.gpb_total),
            "three_public_total": around(three.total), "three_public_outbound": three.outbound,
            "three_public_vehicle": around(three.vehicle), "three_public_reception": around(three.reception),
            "admin_operating_cost": around(accounts.public)}

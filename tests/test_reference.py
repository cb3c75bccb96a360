"""Reference tables (seeds/ref_*.csv) and the resolvers that read them (ingest/reference).

Expected codes come from the official classifications (MoF 政府收支分类科目, 部门预算支出经济分类)
and GB/T 2260, not from the resolvers' output.
"""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest
import zhconv
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ingest.reference as reference
from ingest.reference import Resolution, economic, functions, regions, text

PROJECT_DIR = Path(__file__).resolve().parents[1]
SEEDS = PROJECT_DIR / "seeds"


def _rows(name: str) -> list[dict[str, str]]:
    with open(SEEDS / f"{name}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


FUNCTION_ROWS = _rows("ref_function_class")
ECONOMIC_ROWS = _rows("ref_economic_class")
REGION_ROWS = _rows("ref_region")


# ---- the seeds themselves (the dbt tests check the same in the warehouse) -------------------------

@pytest.mark.parametrize("rows, key", [(FUNCTION_ROWS, ("code",)), (ECONOMIC_ROWS, ("scheme", "code"))])
def test_classification_seeds_are_consistent(rows, key):
    by_key: dict[tuple, list[dict]] = {}
    for row in rows:
        assert len(row["code"]) == {"1": 3, "2": 5, "3": 7}[row["level"]], row
        assert int(row["valid_from"]) <= int(row["valid_to"]), row
        assert row["source"].strip(), row
        by_key.setdefault(tuple(row[k] for k in key), []).append(row)
    for group in by_key.values():
        spans = sorted((int(r["valid_from"]), int(r["valid_to"])) for r in group)
        for (_, end), (start, _) in zip(spans, spans[1:]):
            assert end < start, group
    for row in rows:
        if row["parent_code"]:
            assert row["code"].startswith(row["parent_code"]), row
            parent_key = tuple(row[k] for k in key[:-1]) + (row["parent_code"],)
            parents = by_key.get(parent_key)
            assert parents, f"parent missing for {row}"
            assert min(int(p["valid_from"]) for p in parents) <= int(row["valid_from"])
            assert max(int(p["valid_to"]) for p in parents) >= int(row["valid_to"])


def test_function_seed_covers_every_class_and_the_requested_sections():
    codes = {row["code"] for row in FUNCTION_ROWS}
    for code in ("201", "204", "207", "208", "210", "221", "224", "229", "231", "232", "234"):
        assert code in codes
    for code in ("20106", "20406", "20499", "20805", "20899", "21011", "22102", "22999"):
        assert code in codes
    # items the five samples print
    for code in ("2010699", "2040601", "2040602", "2040604", "2040605", "2040607", "2040610", "2040612",
                 "2040613", "2040650", "2040699", "2049901", "2080501", "2080504", "2080505", "2089999",
                 "2101101", "2101102", "2101103", "2210201", "2299901"):
        assert code in codes


def test_region_seed_is_the_script_output(tmp_path):
    """ref_region.csv is generated from cpca's data file, not edited by hand."""
    spec = importlib.util.spec_from_file_location("make_ref_region", PROJECT_DIR / "scripts" / "make_ref_region.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    output = tmp_path / "ref_region.csv"
    assert module.main(["--output", str(output)]) == 0
    assert output.read_bytes() == (SEEDS / "ref_region.csv").read_bytes()


def test_region_seed_holds_the_sample_divisions():
    by_code = {row["admin_code"]: row for row in REGION_ROWS}
    assert len(by_code) == len(REGION_ROWS)
    assert {row["level"] for row in REGION_ROWS} == {"province", "city", "county"}
    assert (by_code["510403"]["name"], by_code["510403"]["parent_code"]) == ("西区", "510400")
    assert by_code["510400"]["name"] == "攀枝花市"
    assert by_code["420114"]["city"] == "武汉市"
    assert not any(row["name"] == "市辖区" for row in REGION_ROWS)


# ---- loading ----------------------------------------------------------------------------------

def test_each_seed_is_loaded_once():
    assert reference.read_seed("ref_function_class") is reference.read_seed("ref_function_class")


def test_seeds_dir_can_be_overridden(tmp_path, monkeypatch):
    (tmp_path / "ref_function_class.csv").write_text(
        "code,level,parent_code,name,valid_from,valid_to,source\n"
        "204,1,,公共安全支出,2015,9999,test\n"
        "20406,2,204,司法,2015,9999,test\n"
        "2040601,3,20406,测试项目,2015,9999,test\n", encoding="utf-8")
    monkeypatch.setenv("BUDGET_SEEDS_DIR", str(tmp_path))
    try:
        assert functions.resolve_function_code("2040601", 2020) == Resolution("2040601", "测试项目", None)
    finally:
        monkeypatch.delenv("BUDGET_SEEDS_DIR")
    assert functions.resolve_function_code("2040601", 2020).name == "行政运行"


# ---- text normalisation -----------------------------------------------------------------------

@pytest.mark.parametrize("printed, expected", [
    ("社会保障和就业（类）", "社会保障和就业"),
    ("卫生健康（210）", "卫生健康"),
    ("卫生健康(210)", "卫生健康"),
    ("四、公共安全支出", "公共安全支出"),
    ("二十六、抗疫特别国债安排的支出", "抗疫特别国债安排的支出"),
    ("1.公共安全支出", "公共安全支出"),
    ("（一）一般公共服务支出", "一般公共服务支出"),
    ("司 法", "司法"),
    ("行政\u3000运行", "行政运行"),
    ("財政撥款", "财政拨款"),
    ("財(cái)政撥(bō)款", "财政拨款"),
    ("因公出国(境)费用", "因公出国（境）费用"),
    ("政府办公厅[室]及相关机构事务", "政府办公厅（室）及相关机构事务"),
])
def test_match_key(printed, expected):
    assert text.match_key(printed) == expected


def test_relaxed_and_loose_keys():
    assert text.relaxed_key("一般公共服务支出") == text.relaxed_key("一般公共服务（类）") == "一般公共服务"
    assert text.loose_key("对个人和家庭补助支出") == text.loose_key("对个人和家庭的补助")
    assert text.relaxed_key("支出") == "支出"  # never reduced to nothing


_NAME_CHARS = st.sampled_from(list("公共安全支出司法行政运行財政撥款經費（）()【】[]〔〕 \u3000\t\xa0?？一二三、.．1234类款项的aāá"))
_NAMES = st.text(_NAME_CHARS, max_size=30)
_SPACE = st.sampled_from([" ", "\u3000", "\t", "\xa0", "\u200b", "\n"])


@settings(deadline=None)
@given(_NAMES)
def test_normalize_name_is_idempotent(value):
    once = text.normalize_name(value)
    assert text.normalize_name(once) == once


@settings(deadline=None)
@given(_NAMES)
def test_match_key_is_idempotent(value):
    once = text.match_key(value)
    assert text.match_key(once) == once


@settings(deadline=None)
@given(_NAMES, st.lists(st.tuples(st.integers(min_value=0, max_value=30), _SPACE), max_size=5))
def test_normalize_name_ignores_whitespace(value, insertions):
    spaced = value
    for position, space in insertions:
        position = min(position, len(spaced))
        spaced = spaced[:position] + space + spaced[position:]
    assert text.normalize_name(spaced) == text.normalize_name(value)


# ---- functional classification ------------------------------------------------------------------

@pytest.mark.parametrize("names, year, code", [
    # the renamed item, in its old and in its new year
    (["公共安全支出", "司法", "法律援助"], 2020, "2040607"),
    (["公共安全支出", "司法", "公共法律服务"], 2023, "2040607"),
    (["公共安全支出", "司法", "法制建设"], 2020, "2040612"),
    (["公共安全支出", "司法", "法治建设"], 2023, "2040612"),
    (["社会保障和就业", "行政事业单位离退休", "未归口管理的行政单位离退休"], 2020, "2080504"),
    (["社会保障和就业", "行政事业单位养老支出", "行政单位离退休"], 2023, "2080501"),
    # sample 000 (2020), names only
    (["公共安全支出（类）", "司法（款）", "行政运行（项）"], 2020, "2040601"),
    (["公共安全支出", "司法", "一般行政管理事务"], 2020, "2040602"),
    (["公共安全支出", "司法", "事业运行"], 2020, "2040650"),
    (["公共安全支出", "其他公共安全支出", "其他公共安全支出"], 2020, "2049901"),
    (["社会保障和就业", "行政事业单位离退休", "机关事业单位基本养老保险缴费支出"], 2020, "2080505"),
    (["卫生健康支出", "行政事业单位医疗", "行政单位医疗"], 2020, "2101101"),
    (["卫生健康支出", "行政事业单位医疗", "事业单位医疗"], 2020, "2101102"),
    (["卫生健康支出", "行政事业单位医疗", "公务员医疗补助"], 2020, "2101103"),
    (["住房保障支出", "住房改革支出", "住房公积金"], 2020, "2210201"),
    # sample 001 (2023), printed with codes: the names lead to the printed code
    (["公共安全支出", "司法", "基层司法业务"], 2023, "2040604"),
    (["公共安全支出", "司法", "普法宣传"], 2023, "2040605"),
    (["公共安全支出", "司法", "社区矫正"], 2023, "2040610"),
    (["公共安全支出", "司法", "信息化建设"], 2023, "2040613"),
    (["公共安全支出", "司法", "其他司法支出"], 2023, "2040699"),
    (["社会保障和就业", "行政事业单位养老支出", "机关事业单位基本养老保险缴费支出"], 2023, "2080505"),
    (["社会保障和就业支出", "其他社会保障和就业支出", "其他社会保障和就业支出"], 2023, "2089999"),
    (["卫生健康", "行政事业单位医疗", "行政单位医疗"], 2023, "2101101"),
    (["住房保障", "住房改革支出", "住房公积金"], 2023, "2210201"),
    # sample 004 (2020)
    (["一般公共服务支出", "财政事务", "其他财政事务支出"], 2020, "2010699"),
    (["其他支出", "其他支出", "其他支出"], 2020, "2299901"),
    # shorter paths
    (["公共安全支出", "司法"], 2020, "20406"),
    (["一般公共服务（类）"], 2020, "201"),
])
def test_resolve_function_path(names, year, code):
    resolution = functions.resolve_function_path(names, year)
    assert resolution.code == code, resolution
    assert resolution.reason is None, resolution


def test_renamed_item_resolves_in_old_and_new_year():
    old = functions.resolve_function_path(["公共安全支出", "司法", "法律援助"], 2020)
    new = functions.resolve_function_path(["公共安全支出", "司法", "公共法律服务"], 2023)
    assert (old.code, old.name, old.reason) == ("2040607", "法律援助", None)
    assert (new.code, new.name, new.reason) == ("2040607", "公共法律服务", None)
    assert functions.resolve_function_code("2040607", 2020).name == "法律援助"
    assert functions.resolve_function_code("2040607", 2023).name == "公共法律服务"
    assert functions.resolve_function_code("20805", 2020).name == "行政事业单位离退休"
    assert functions.resolve_function_code("20805", 2023).name == "行政事业单位养老支出"


def test_old_name_in_a_later_year_resolves_with_a_reason():
    resolution = functions.resolve_function_path(["公共安全支出", "司法", "法律援助"], 2023)
    assert resolution.code == "2040607"
    assert resolution.name == "公共法律服务"
    assert "法律援助" in resolution.reason and "2020" in resolution.reason


def test_new_name_in_an_earlier_year_resolves_with_a_reason():
    resolution = functions.resolve_function_path(["社会保障和就业", "行政事业单位养老支出", "行政单位离退休"], 2020)
    assert resolution.code == "2080501"
    assert resolution.reason


def test_unknown_name_is_left_none_with_a_reason():
    resolution = functions.resolve_function_path(["公共安全支出", "司法", "宇宙探索"], 2020)
    assert resolution.code is None and resolution.name is None
    assert "宇宙探索" in resolution.reason
    unknown_class = functions.resolve_class_name("星际旅行支出", 2020)
    assert unknown_class.code is None and "星际旅行" in unknown_class.reason


def test_unknown_class_resolved_by_section_and_item_names():
    resolution = functions.resolve_function_path(["政法支出", "司法", "社区矫正"], 2020)
    assert resolution.code == "2040610"
    assert "政法支出" in resolution.reason


def test_section_under_the_wrong_class_is_resolved_with_a_reason():
    resolution = functions.resolve_function_path(["一般公共服务", "住房改革支出", "住房公积金"], 2020)
    assert resolution.code == "2210201"
    assert "201" in resolution.reason


def test_ambiguous_item_without_class_or_section_is_none():
    # 行政运行 is an item of every administrative section: the names do not identify one code
    resolution = functions.resolve_function_path(["不明支出", "行政运行"], 2020)
    assert resolution.code is None and resolution.reason


@pytest.mark.parametrize("printed, code", [
    ("一、一般公共服务支出", "201"), ("二、外交支出", "202"), ("三、国防支出", "203"), ("四、公共安全支出", "204"),
    ("五、教育支出", "205"), ("六、科学技术支出", "206"), ("七、文化旅游体育与传媒支出", "207"),
    ("八、社会保障和就业支出", "208"), ("九、卫生健康支出", "210"), ("十、节能环保支出", "211"),
    ("十一、城乡社区支出", "212"), ("十二、农林水支出", "213"), ("十三、交通运输支出", "214"),
    ("十四、资源勘探工业信息等支出", "215"), ("十五、商业服务业等支出", "216"), ("十六、金融支出", "217"),
    ("十七、援助其他地区支出", "219"), ("十八、自然资源海洋气象等支出", "220"), ("十九、住房保障支出", "221"),
    ("二十、粮油物资储备支出", "222"), ("二十一、国有资本经营预算支出", "223"),
    ("二十二、灾害防治及应急管理支出", "224"), ("二十三、其他支出", "229"), ("二十四、债务还本支出", "231"),
    ("二十五、债务付息支出", "232"), ("二十六、抗疫特别国债安排的支出", "234"),
])
def test_class_names_of_table_01_2020(printed, code):
    resolution = functions.resolve_class_name(printed, 2020)
    assert (resolution.code, resolution.reason) == (code, None)


@pytest.mark.parametrize("printed, year, code", [
    ("社会保障和就业（类）", 2020, "208"),
    ("社会保障和就业支出", 2023, "208"),
    ("卫生健康（210）", 2023, "210"),
    ("一般公共服务支出", 2020, "201"),
    ("一般公共服务", 2020, "201"),
    ("醫療衛生與計劃生育支出", 2017, "210"),
    ("文化体育与传媒支出", 2016, "207"),
])
def test_class_name_variants(printed, year, code):
    assert functions.resolve_class_name(printed, year).code == code


def test_class_valid_only_in_some_years():
    assert functions.resolve_class_name("抗疫特别国债安排的支出", 2020).code == "234"
    late = functions.resolve_class_name("抗疫特别国债安排的支出", 2024)
    assert late.code is None and late.reason


def test_resolve_function_code():
    assert functions.resolve_function_code("2040601", 2020) == Resolution("2040601", "行政运行", None)
    assert functions.resolve_function_code("204", 2023) == Resolution("204", "公共安全支出", None)
    # a printed code is a fact of the report: kept, its name unverified, the reason saying why
    gone = functions.resolve_function_code("2080504", 2023)
    assert gone.code == "2080504" and gone.name is None and "not valid in 2023" in gone.reason
    unknown_year = functions.resolve_function_code("2040601", None)
    assert unknown_year.code == "2040601" and unknown_year.name is None and "year unknown" in unknown_year.reason
    assert functions.resolve_function_code("2999999", 2020).code is None  # no class 299
    assert functions.resolve_function_code("20406x", 2020).code is None
    # a code the reference does not list (it lists only some 款's items) is kept, flagged
    unlisted = functions.resolve_function_code("2040201", 2020)
    assert unlisted.code == "2040201" and unlisted.name is None and "20402" in unlisted.reason


@pytest.mark.parametrize("names", [
    ["公共安全支出", "司 法", "行政 运行"],
    ["公共安全支出", "司法", "行政\u3000运行"],
    ["公共安全支出(类)", "司法(款)", "行政运行(项)"],
    ["公共安全支出（204）", "司法（06）", "行政运行（01）"],
    ["公共安全支出", "司法", "行政運行"],
    ["公(gōng)共安全支出", "司法", "行政運(yùn)行"],
])
def test_printed_variants_resolve_alike(names):
    assert functions.resolve_function_path(names, 2020) == Resolution("2040601", "行政运行", None)


def test_printed_codes_that_disagree_with_the_names_are_noted():
    resolution = functions.resolve_function_path(["公共安全支出（204）", "司法（06）", "行政运行（02）"], 2020)
    assert resolution.code == "2040601" and "2040602" in resolution.reason


# each row's first year, and its last (2024, the latest list consulted, for a name still valid)
_VALID_FUNCTION_ROWS = [(row, year) for row in FUNCTION_ROWS
                        for year in {int(row["valid_from"]),
                                     max(int(row["valid_from"]), min(int(row["valid_to"]), 2024))}]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_VALID_FUNCTION_ROWS), st.data())
def test_reference_paths_round_trip(row_and_year, data):
    """The reference names of a code and its ancestors in a year, however spaced or written in
    traditional characters, resolve back to that code."""
    row, year = row_and_year
    code = row["code"]
    path = [functions.reference_name(code[:length], year) for length in (3, 5, 7) if length <= len(code)]
    assert path[-1] == row["name"]
    assert functions.resolve_function_code(code, year) == Resolution(code, row["name"], None)
    variant = data.draw(st.sampled_from(["plain", "spaced", "traditional"]))
    if variant == "spaced":
        path = [" ".join(name) for name in path]
    elif variant == "traditional":
        path = [zhconv.convert(name, "zh-hant") for name in path]
    resolution = functions.resolve_function_path(path, year)
    assert resolution.code == code, (path, resolution)


# ---- economic classification --------------------------------------------------------------------

# Sample 004's basic-expenditure table (2020) prints the 5-digit codes cut to 4 digits.
_TABLE_06 = [
    ("3010", "基本工资", "30101"), ("3010", "津贴补贴", "30102"), ("3010", "奖金", "30103"),
    ("3010", "伙食补助费", "30106"), ("3010", "绩效工资", "30107"),
    ("3010", "机关事业单位基本养老保险缴费", "30108"), ("3010", "职业年金缴费", "30109"),
    ("3011", "职工基本医疗保险缴费", "30110"), ("3011", "公务员医疗补助缴费", "30111"),
    ("3011", "其他社会保障缴费", "30112"), ("3011", "住房公积金", "30113"), ("3011", "医疗费", "30114"),
    ("3019", "其他工资福利支出", "30199"),
    ("3030", "离休费", "30301"), ("3030", "退休费", "30302"), ("3030", "退职（役）费", "30303"),
    ("3030", "抚恤金", "30304"), ("3030", "生活补助", "30305"), ("3030", "救济费", "30306"),
    ("3030", "医疗费补助", "30307"), ("3030", "助学金", "30308"), ("3030", "奖励金", "30309"),
    ("3031", "个人农业生产补贴", "30310"), ("3031", "代缴社会保险费", "30311"),
    ("3039", "其他对个人和家庭的补助", "30399"),
    ("3020", "办公费", "30201"), ("3020", "印刷费", "30202"), ("3020", "咨询费", "30203"),
    ("3020", "手续费", "30204"), ("3020", "水费", "30205"), ("3020", "电费", "30206"),
    ("3020", "邮电费", "30207"), ("3020", "取暖费", "30208"), ("3020", "物业管理费", "30209"),
    ("3021", "差旅费", "30211"), ("3021", "因公出国（境）费用", "30212"), ("3021", "维修（护）费", "30213"),
    ("3021", "租赁费", "30214"), ("3021", "会议费", "30215"), ("3021", "培训费", "30216"),
    ("3021", "公务接待费", "30217"), ("3021", "专用材料费", "30218"), ("3022", "被装购置费", "30224"),
    ("3022", "专用燃料费", "30225"), ("3022", "劳务费", "30226"), ("3022", "委托业务费", "30227"),
    ("3022", "工会经费", "30228"), ("3022", "福利费", "30229"), ("3023", "公务用车运行维护费", "30231"),
    ("3023", "其他交通费用", "30239"), ("3024", "税金及附加费用", "30240"),
    ("3029", "其他商品和服务支出", "30299"),
    ("3070", "国内债务付息", "30701"), ("3070", "国外债务付息", "30702"),
    ("3100", "房屋建筑物购建", "31001"), ("3100", "办公设备购置", "31002"), ("3100", "专用设备购置", "31003"),
    ("3100", "基础设施建设", "31005"), ("3100", "大型修缮", "31006"),
    ("3100", "信息网络及软件购置更新", "31007"), ("3100", "物资储备", "31008"), ("3100", "土地补偿", "31009"),
    ("3101", "安置补助", "31010"), ("3101", "地上附着物和青苗补偿", "31011"), ("3101", "拆迁补偿", "31012"),
    ("3101", "公务用车购置", "31013"), ("3101", "其他交通工具购置", "31019"),
    ("3102", "文物和陈列品购置", "31021"), ("3102", "无形资产购置", "31022"), ("3109", "其他资本性支出", "31099"),
    ("3990", "赠与", "39906"), ("3990", "国家赔偿费用支出", "39907"),
    ("3990", "对民间非营利组织和群众性自治组织补贴", "39908"), ("3999", "其他支出", "39999"),
]


@pytest.mark.parametrize("prefix, name, code", _TABLE_06)
def test_truncated_codes_of_sample_004(prefix, name, code):
    resolution = economic.resolve_truncated(prefix, name, 2020)
    assert (resolution.code, resolution.reason) == (code, None)


@pytest.mark.parametrize("prefix, name, code", [
    ("3010", "基本工资", "30101"), ("3011", "住房公积金", "30113"),
    ("3023", "公务用车运行维护费", "30231"), ("3999", "其他支出", "39999"),
])
def test_truncated_codes_named_in_the_issue(prefix, name, code):
    assert economic.resolve_truncated(prefix, name, 2020).code == code


def test_truncated_code_variants():
    assert economic.resolve_truncated("3021", "因公出国(境)费用", 2020).code == "30212"
    assert economic.resolve_truncated("3021", "因 公出国（境）費用", 2020).code == "30212"
    unknown = economic.resolve_truncated("3010", "宇宙津贴", 2020)
    assert unknown.code is None and "3010" in unknown.reason
    assert economic.resolve_truncated("3050", "基本工资", 2020).code is None  # no 305xx
    assert economic.resolve_truncated("x301", "基本工资", 2020).code is None


def test_full_economic_codes_are_checked():
    assert economic.resolve_truncated("301", "工资福利支出", 2020) == Resolution("301", "工资福利支出", None)
    assert economic.resolve_truncated("30113", "住房公积金", 2023) == Resolution("30113", "住房公积金", None)
    mismatch = economic.resolve_truncated("30102", "基本工资", 2020)
    assert mismatch.code == "30102" and "基本工资" in mismatch.reason
    early = economic.resolve_truncated("30101", "基本工资", 2016)  # before the 2018 scheme: kept as printed
    assert early.code == "30101" and early.name is None and "not valid in 2016" in early.reason


@pytest.mark.parametrize("name, code", [
    ("工资福利支出", "301"), ("商品和服务支出", "302"), ("对个人和家庭的补助", "303"), ("资本性支出", "310"),
    ("债务利息及费用支出", "307"),
])
def test_economic_class_names(name, code):
    assert economic.resolve_economic_name(name, 2020) == Resolution(code, name, None)


def test_economic_name_printed_loosely_resolves_with_a_reason():
    # sample 003 prints 对个人和家庭补助支出 for 303 对个人和家庭的补助
    resolution = economic.resolve_economic_name("对个人和家庭补助支出", 2020)
    assert resolution.code == "303" and resolution.reason


def test_economic_names_shared_by_several_codes_need_a_parent():
    ambiguous = economic.resolve_economic_name("其他支出", 2020)
    assert ambiguous.code is None and "399" in ambiguous.reason and "39999" in ambiguous.reason
    assert economic.resolve_economic_name("其他支出", 2020, parent="399").code == "39999"
    assert economic.resolve_economic_name("房屋建筑物购建", 2020, parent="310").code == "31001"
    assert economic.resolve_economic_name("房屋建筑物购建", 2020).code is None


def test_government_economic_classification():
    assert economic.resolve_economic_name("机关工资福利支出", 2020, scheme="government").code == "501"
    assert economic.resolve_truncated("509", "对个人和家庭的补助", 2020).code == "509"
    assert economic.resolve_economic_name("宇宙支出", 2020).code is None


# ---- regions ----------------------------------------------------------------------------------

@pytest.mark.parametrize("printed, province, city, county, code", [
    ("四川省攀枝花市西区司法局", "四川省", "攀枝花市", "西区", "510403"),
    ("西区司法局", "四川省", "攀枝花市", "西区", "510403"),
    ("四川省遂宁市安居区司法局", "四川省", "遂宁市", "安居区", "510904"),
    ("湖南省邵阳市北塔区司法局", "湖南省", "邵阳市", "北塔区", "430511"),
    ("湖北省武汉市蔡甸区司法局", "湖北省", "武汉市", "蔡甸区", "420114"),
    ("蔡甸区司法局", "湖北省", "武汉市", "蔡甸区", "420114"),
    ("湖南省株洲市石峰区司法局", "湖南省", "株洲市", "石峰区", "430204"),
    ("株洲市石峰区司法局", "湖南省", "株洲市", "石峰区", "430204"),
    ("石峰区司法局", "湖南省", "株洲市", "石峰区", "430204"),
])
def test_sample_regions(printed, province, city, county, code):
    assert regions.resolve_region(printed) == regions.RegionResolution(province, city, county, code, None)


@pytest.mark.parametrize("printed, code", [
    ("兰州市城关区司法局", "620102"),
    ("甘肃省城关区司法局", "620102"),
    ("拉萨市城关区司法局", "540102"),
    ("北京市朝阳区民政局", "110105"),
    ("吉林省长春市朝阳区公安分局", "220104"),
    ("南京市鼓楼区住房和城乡建设局", "320106"),
    ("福建省福州市鼓楼区司法局", "350102"),
])
def test_ambiguous_county_resolved_by_province_or_city(printed, code):
    resolution = regions.resolve_region(printed)
    assert resolution.admin_code == code
    assert resolution.reason and "shared" in resolution.reason


def test_ambiguous_county_without_context_is_none_with_candidates():
    resolution = regions.resolve_region("城关区司法局")
    assert resolution.admin_code is None
    assert "620102" in resolution.reason and "540102" in resolution.reason


def test_county_outside_the_named_city_is_none():
    resolution = regions.resolve_region("株洲市蔡甸区司法局")
    assert resolution.admin_code is None and "株洲市" in resolution.reason


def test_unknown_place_is_none_with_a_reason():
    resolution = regions.resolve_region("某某县人民政府办公室")
    assert resolution.admin_code is None and resolution.reason


@pytest.mark.parametrize("printed, code, level_name", [
    ("天津市河西区司法局", "120103", "河西区"),   # not 西区 (510403)
    ("恩施州司法局", "422800", None),            # city level, short form of 恩施土家族苗族自治州
    ("恩施市司法局", "422801", "恩施市"),
    ("攀枝花市司法局", "510400", None),
    ("四川省司法厅", "510000", None),
    ("湖北省仙桃市司法局", "429004", "仙桃市"),   # directly under the province
    ("四川省攀枝花市西區司法局", "510403", "西区"),  # traditional characters
    ("四川省 攀枝花市\u3000西区 司法局", "510403", "西区"),
])
def test_region_variants(printed, code, level_name):
    resolution = regions.resolve_region(printed)
    assert resolution.admin_code == code, resolution
    assert resolution.county == level_name


_COUNTIES = [row for row in REGION_ROWS if row["level"] == "county"]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_COUNTIES))
def test_every_county_resolves_with_its_full_path(row):
    """Province + city + county as the reference spells them always resolve to that county."""
    resolution = regions.resolve_region(row["province"] + row["city"] + row["county"] + "司法局")
    assert resolution.admin_code == row["admin_code"], resolution


@pytest.mark.parametrize("printed, name, code", [("3012", "津贴补贴", "30102"), ("3017", "绩效工资", "30107"),
                                                 ("3022", "印刷费", "30202")])
def test_a_section_part_printed_without_its_leading_zero_is_resolved_by_its_name(printed, name, code):
    """`301 | 2 | 津贴补贴` (普陀区万里街道 2024, a spreadsheet's number format): 3012 is 30102 when the
    printed name is 30102's; the name decides between that and a code cut short (3022x)."""
    resolution = economic.resolve_truncated(printed, name, 2024)
    assert resolution.code == code and "leading zero" in resolution.reason
    assert economic.resolve_truncated("3012", "宇宙津贴", 2024).code is None

"""Facts of 004_76647baae9ed1fbe.txt, read by hand from the report (not from parser output)."""

SOURCE_FILE = "004_76647baae9ed1fbe.txt"

# Title lines 3-5 (2020年度 / 株洲市石峰区司法局 / 部门决算); the report calls itself
# "石峰区司法局" without the city prefix at lines 81, 657, 690, 731.
DOCUMENT = dict(
    province="湖南省",
    city="株洲市",
    county="石峰区",
    admin_code="430204",
    department="石峰区司法局",
    fiscal_year=2020,
    doc_kind="final_accounts",
    amount_unit_reported="万元",
)

_F, _E = "function", "economic"
_EXP, _REV = "expenditure", "revenue"
_ALL, _GPB, _GOV, _SOE = "all_funds", "general_public_budget", "government_fund", "state_capital"

# (classification, code, reported_code, reported_name, level, flow, spending_type, fund_scope, measure, amount_wan, source_kind, source_line)
BUDGET_LINES = []

# ---------------------------------------------------------------------------
# Class-level lines that tables 01 and 04 print by name only (no code). Codes are the 2020
# 支出功能分类 类 codes that the names identify. reported_name drops the "一、" ordinal.
# (code, name, line in table 01, line in table 04)
_CLASSES_BY_NAME = [
    ("201", "一般公共服务支出", 97, 196),
    ("202", "外交支出", 98, 197),
    ("203", "国防支出", 99, 198),
    ("204", "公共安全支出", 100, 199),
    ("205", "教育支出", 101, 200),
    ("206", "科学技术支出", 102, 201),
    ("207", "文化旅游体育与传媒支出", 103, 202),
    ("208", "社会保障和就业支出", 104, 203),
    ("210", "卫生健康支出", 105, 204),
    ("211", "节能环保支出", 106, 205),
    ("212", "城乡社区支出", 107, 206),
    ("213", "农林水支出", 108, 207),
    ("214", "交通运输支出", 109, 208),
    ("215", "资源勘探工业信息等支出", 110, 209),
    ("216", "商业服务业等支出", 111, 210),
    ("217", "金融支出", 112, 211),
    ("219", "援助其他地区支出", 113, 212),
    ("220", "自然资源海洋气象等支出", 115, 213),  # table 01: line 114 is blank (page break)
    ("221", "住房保障支出", 116, 214),
    ("222", "粮油物资储备支出", 117, 215),
    ("223", "国有资本经营预算支出", 118, 216),
    ("224", "灾害防治及应急管理支出", 119, 217),
    ("229", "其他支出", 120, 218),
    ("231", "债务还本支出", 121, 219),
    ("232", "债务付息支出", 122, 220),
    ("234", "抗疫特别国债安排的支出", 123, 222),  # table 04: line 221 is blank (page break)
]

# Table 01 收入支出决算总表, expenditure side (col 2 金额), lines 97-123. All amounts 0.00 except:
_T01_AMOUNTS = {"201": 1.88, "204": 620.65, "229": 21.91}
BUDGET_LINES += [
    (_F, code, None, name, 1, _EXP, "total", _ALL, "actual", _T01_AMOUNTS.get(code, 0.0), "table", l01)
    for code, name, l01, _l04 in _CLASSES_BY_NAME
]

# Table 04 财政拨款收入支出决算总表, expenditure side, lines 196-222: the three fund columns
# (一般公共预算财政拨款 / 政府性基金预算财政拨款 / 国有资本经营预算财政拨款), not 合计.
# All 0.00 except 201 一般公共预算 1.88 (line 196) and 204 一般公共预算 620.65 (line 199).
# "二十三、其他支出" is 0.00 in all four columns here (line 218).
_T04_GPB = {"201": 1.88, "204": 620.65}
for _code, _name, _l01, _l04 in _CLASSES_BY_NAME:
    BUDGET_LINES += [
        (_F, _code, None, _name, 1, _EXP, "total", _GPB, "actual", _T04_GPB.get(_code, 0.0), "table", _l04),
        (_F, _code, None, _name, 1, _EXP, "total", _GOV, "actual", 0.0, "table", _l04),
        (_F, _code, None, _name, 1, _EXP, "total", _SOE, "actual", 0.0, "table", _l04),
        # the 合计 column (column 1 after 行次) adds the three fiscal scopes: the same figures here
        (_F, _code, None, _name, 1, _EXP, "total", "fiscal_allocation", "actual", _T04_GPB.get(_code, 0.0), "table", _l04),
    ]

# ---------------------------------------------------------------------------
# Table 02 收入决算表 (公开 02 表), lines 145-157: column 1 本年收入合计 (all funds) and column 2
# 财政拨款收入 (fiscal allocations; the other sources are 0.00 on every row but 229, whose 21.91 is
# 其他收入).
BUDGET_LINES += [
    (_F, "201", "201", "一般公共服务支出", 1, _REV, "total", _ALL, "actual", 1.88, "table", 145),
    (_F, "20106", "20106", "财政事务", 2, _REV, "total", _ALL, "actual", 1.88, "table", 146),
    (_F, "2010699", "2010699", "其他财政事务支出", 3, _REV, "total", _ALL, "actual", 1.88, "table", 147),
    (_F, "204", "204", "公共安全支出", 1, _REV, "total", _ALL, "actual", 620.65, "table", 148),
    (_F, "20406", "20406", "司法", 2, _REV, "total", _ALL, "actual", 616.35, "table", 149),
    (_F, "2040601", "2040601", "行政运行", 3, _REV, "total", _ALL, "actual", 412.64, "table", 150),
    (_F, "2040602", "2040602", "一般行政管理事务", 3, _REV, "total", _ALL, "actual", 84.69, "table", 151),
    (_F, "2040699", "2040699", "其他司法支出", 3, _REV, "total", _ALL, "actual", 119.01, "table", 152),
    (_F, "20499", "20499", "其他公共安全支出", 2, _REV, "total", _ALL, "actual", 4.30, "table", 153),
    (_F, "2049901", "2049901", "其他公共安全支出", 3, _REV, "total", _ALL, "actual", 4.30, "table", 154),
    (_F, "201", "201", "一般公共服务支出", 1, _REV, "total", "fiscal_allocation", "actual", 1.88, "table", 145),
    (_F, "20106", "20106", "财政事务", 2, _REV, "total", "fiscal_allocation", "actual", 1.88, "table", 146),
    (_F, "2010699", "2010699", "其他财政事务支出", 3, _REV, "total", "fiscal_allocation", "actual", 1.88, "table", 147),
    (_F, "204", "204", "公共安全支出", 1, _REV, "total", "fiscal_allocation", "actual", 620.65, "table", 148),
    (_F, "20406", "20406", "司法", 2, _REV, "total", "fiscal_allocation", "actual", 616.35, "table", 149),
    (_F, "2040601", "2040601", "行政运行", 3, _REV, "total", "fiscal_allocation", "actual", 412.64, "table", 150),
    (_F, "2040602", "2040602", "一般行政管理事务", 3, _REV, "total", "fiscal_allocation", "actual", 84.69, "table", 151),
    (_F, "2040699", "2040699", "其他司法支出", 3, _REV, "total", "fiscal_allocation", "actual", 119.01, "table", 152),
    (_F, "20499", "20499", "其他公共安全支出", 2, _REV, "total", "fiscal_allocation", "actual", 4.30, "table", 153),
    (_F, "2049901", "2049901", "其他公共安全支出", 3, _REV, "total", "fiscal_allocation", "actual", 4.30, "table", 154),
    (_F, "229", "229", "其他支出", 1, _REV, "total", "fiscal_allocation", "actual", 0.0, "table", 155),
    (_F, "22999", "22999", "其他支出", 2, _REV, "total", "fiscal_allocation", "actual", 0.0, "table", 156),
    (_F, "2299901", "2299901", "其他支出", 3, _REV, "total", "fiscal_allocation", "actual", 0.0, "table", 157),
    (_F, "229", "229", "其他支出", 1, _REV, "total", _ALL, "actual", 21.91, "table", 155),
    (_F, "22999", "22999", "其他支出", 2, _REV, "total", _ALL, "actual", 21.91, "table", 156),
    (_F, "2299901", "2299901", "其他支出", 3, _REV, "total", _ALL, "actual", 21.91, "table", 157),
]

# ---------------------------------------------------------------------------
# Tables 03 支出决算表 (lines 173-185, all_funds) and 05 一般公共预算财政拨款支出决算表
# (lines 239-248, general_public_budget; no 229 rows): 合计/小计, 基本支出, 项目支出.
# (code, name, level, total, basic, project, line in 03, line in 05 or None)
_FUNC_ROWS = [
    ("201", "一般公共服务支出", 1, 1.88, 0.00, 1.88, 173, 239),
    ("20106", "财政事务", 2, 1.88, 0.00, 1.88, 174, 240),
    ("2010699", "其他财政事务支出", 3, 1.88, 0.00, 1.88, 175, 241),
    ("204", "公共安全支出", 1, 620.65, 412.64, 208.00, 176, 242),
    ("20406", "司法", 2, 616.35, 412.64, 203.70, 177, 243),
    ("2040601", "行政运行", 3, 412.64, 412.64, 0.00, 178, 244),
    ("2040602", "一般行政管理事务", 3, 84.69, 0.00, 84.69, 179, 245),
    ("2040699", "其他司法支出", 3, 119.01, 0.00, 119.01, 180, 246),
    ("20499", "其他公共安全支出", 2, 4.30, 0.00, 4.30, 181, 247),
    ("2049901", "其他公共安全支出", 3, 4.30, 0.00, 4.30, 182, 248),
    ("229", "其他支出", 1, 21.91, 21.91, 0.00, 183, None),
    ("22999", "其他支出", 2, 21.91, 21.91, 0.00, 184, None),
    ("2299901", "其他支出", 3, 21.91, 21.91, 0.00, 185, None),
]
for _code, _name, _lvl, _tot, _bas, _prj, _l03, _l05 in _FUNC_ROWS:
    for _scope, _line in ((_ALL, _l03), (_GPB, _l05)):
        if _line is None:
            continue
        BUDGET_LINES += [
            (_F, _code, _code, _name, _lvl, _EXP, "total", _scope, "actual", _tot, "table", _line),
            (_F, _code, _code, _name, _lvl, _EXP, "basic", _scope, "actual", _bas, "table", _line),
            (_F, _code, _code, _name, _lvl, _EXP, "project", _scope, "actual", _prj, "table", _line),
        ]

# ---------------------------------------------------------------------------
# Narrative 五(二) 财政拨款支出决算结构情况, line 371: the class sentence
# "公共安全（类）支出644.43万元，占100%" (stored as the class it names, 204).
BUDGET_LINES += [
    (_F, "204", None, "公共安全支出", 1, _EXP, "total", _GPB, "actual", 644.43, "narrative", 371),
]

# Narrative 五(三) 财政拨款支出决算具体情况, names only. The names stand on lines 377/381/385/389/392,
# the figures on the following line (379/383/387/390/394); source_line is the figure's line.
BUDGET_LINES += [
    # 1. 公共安全支出（类）司法（款）行政运行（项）: 年初预算379.31, 决算412.64 (108.79%)
    (_F, "2040601", None, "行政运行", 3, _EXP, "total", _GPB, "budget_initial", 379.31, "narrative", 379),
    (_F, "2040601", None, "行政运行", 3, _EXP, "total", _GPB, "actual", 412.64, "narrative", 379),
    # 2. 公共安全支出（类）司法（款）一般行政管理事务（项）: "年初预算为60 万元", 决算84.69 (141.15%)
    (_F, "2040602", None, "一般行政管理事务", 3, _EXP, "total", _GPB, "budget_initial", 60, "narrative", 383),
    (_F, "2040602", None, "一般行政管理事务", 3, _EXP, "total", _GPB, "actual", 84.69, "narrative", 383),
    # 3. 公共安全支出（类）司法（款）其他公共安全支出（项）: code=None because 司法 (20406) has no item
    #    named 其他公共安全支出 (2049901 其他公共安全支出 sits under 款 20499 其他公共安全支出, not 20406).
    (_F, None, None, "其他公共安全支出", 3, _EXP, "total", _GPB, "budget_initial", 0, "narrative", 387),
    (_F, None, None, "其他公共安全支出", 3, _EXP, "total", _GPB, "actual", 6.18, "narrative", 387),
    # 4. "公司安全支出（类）司法（款）其他司法支出（项）" (line 389): the class name is a typo for
    #    公共安全支出; 司法（款）其他司法支出（项） exists only as 2040699, so resolved to it (see notes).
    (_F, "2040699", None, "其他司法支出", 3, _EXP, "total", _GPB, "budget_initial", 0, "narrative", 390),
    (_F, "2040699", None, "其他司法支出", 3, _EXP, "total", _GPB, "actual", 119.01, "narrative", 390),
    # 5. 其他支出（类）其他支出（款）其他支出（项） = 2299901
    (_F, "2299901", None, "其他支出", 3, _EXP, "total", _GPB, "budget_initial", 0, "narrative", 394),
    (_F, "2299901", None, "其他支出", 3, _EXP, "total", _GPB, "actual", 21.91, "narrative", 394),
]

# ---------------------------------------------------------------------------
# Table 06 一般公共预算财政拨款基本支出决算表 (公开表 06 表), lines 262-289: every economic line,
# zero rows included. Codes printed truncated to 4 digits; code = 5-digit 部门预算支出经济分类 code
# that the name identifies under that prefix. (reported_code, code, name, amount, line)
_T06 = [
    # 人员经费 columns
    ("301", "301", "工资福利支出", 356.78, 262),
    ("3010", "30101", "基本工资", 116.87, 263),
    ("3010", "30102", "津贴补贴", 88.09, 264),
    ("3010", "30103", "奖金", 29.35, 265),
    ("3010", "30106", "伙食补助费", 6.95, 266),
    ("3010", "30107", "绩效工资", 0.00, 267),
    ("3010", "30108", "机关事业单位基本养老保险缴费", 37.31, 268),
    ("3010", "30109", "职业年金缴费", 0.00, 269),
    ("3011", "30110", "职工基本医疗保险缴费", 21.44, 270),
    ("3011", "30111", "公务员医疗补助缴费", 22.43, 271),
    ("3011", "30112", "其他社会保障缴费", 1.91, 272),
    ("3011", "30113", "住房公积金", 31.19, 273),
    ("3011", "30114", "医疗费", 0.00, 274),
    ("3019", "30199", "其他工资福利支出", 1.24, 275),
    ("303", "303", "对个人和家庭的补助", 20.72, 276),
    ("3030", "30301", "离休费", 0.00, 277),
    ("3030", "30302", "退休费", 2.65, 278),
    ("3030", "30303", "退职（役）费", 0.00, 279),
    ("3030", "30304", "抚恤金", 0.00, 280),
    ("3030", "30305", "生活补助", 0.00, 281),
    ("3030", "30306", "救济费", 0.00, 282),
    ("3030", "30307", "医疗费补助", 2.52, 283),
    ("3030", "30308", "助学金", 0.00, 284),
    ("3030", "30309", "奖励金", 15.54, 285),
    ("3031", "30310", "个人农业生产补贴", 0.00, 286),
    ("3031", "30311", "代缴社会保险费", 0.00, 287),
    ("3039", "30399", "其他对个人和家庭的补助", 0.00, 288),
    # 公用经费, middle columns
    ("302", "302", "商品和服务支出", 35.15, 262),
    ("3020", "30201", "办公费", 2.55, 263),
    ("3020", "30202", "印刷费", 1.79, 264),
    ("3020", "30203", "咨询费", 0.00, 265),
    ("3020", "30204", "手续费", 0.00, 266),
    ("3020", "30205", "水费", 0.07, 267),
    ("3020", "30206", "电费", 0.37, 268),
    ("3020", "30207", "邮电费", 0.02, 269),
    ("3020", "30208", "取暖费", 0.00, 270),
    ("3020", "30209", "物业管理费", 0.00, 271),
    ("3021", "30211", "差旅费", 0.06, 272),
    ("3021", "30212", "因公出国（境）费用", 0.00, 273),
    ("3021", "30213", "维修（护）费", 0.00, 274),
    ("3021", "30214", "租赁费", 0.00, 275),
    ("3021", "30215", "会议费", 0.04, 276),
    ("3021", "30216", "培训费", 0.38, 277),
    ("3021", "30217", "公务接待费", 0.00, 278),
    ("3021", "30218", "专用材料费", 4.37, 279),
    ("3022", "30224", "被装购置费", 0.00, 280),
    ("3022", "30225", "专用燃料费", 0.00, 281),
    ("3022", "30226", "劳务费", 0.08, 282),
    ("3022", "30227", "委托业务费", 0.00, 283),
    ("3022", "30228", "工会经费", 4.30, 284),
    ("3022", "30229", "福利费", 1.59, 285),
    ("3023", "30231", "公务用车运行维护费", 1.08, 286),
    ("3023", "30239", "其他交通费用", 17.51, 287),
    ("3024", "30240", "税金及附加费用", 0.00, 288),
    ("3029", "30299", "其他商品和服务支出", 0.95, 289),
    # 公用经费, right-hand columns (all 0.00)
    ("307", "307", "债务利息及费用支出", 0.00, 262),
    ("3070", "30701", "国内债务付息", 0.00, 263),
    ("3070", "30702", "国外债务付息", 0.00, 264),
    ("310", "310", "资本性支出", 0.00, 265),
    ("3100", "31001", "房屋建筑物购建", 0.00, 266),
    ("3100", "31002", "办公设备购置", 0.00, 267),
    ("3100", "31003", "专用设备购置", 0.00, 268),
    ("3100", "31005", "基础设施建设", 0.00, 269),
    ("3100", "31006", "大型修缮", 0.00, 270),
    ("3100", "31007", "信息网络及软件购置更新", 0.00, 271),
    ("3100", "31008", "物资储备", 0.00, 272),
    ("3100", "31009", "土地补偿", 0.00, 273),
    ("3101", "31010", "安置补助", 0.00, 274),
    ("3101", "31011", "地上附着物和青苗补偿", 0.00, 275),
    ("3101", "31012", "拆迁补偿", 0.00, 276),
    ("3101", "31013", "公务用车购置", 0.00, 277),
    ("3101", "31019", "其他交通工具购置", 0.00, 278),
    ("3102", "31021", "文物和陈列品购置", 0.00, 279),
    ("3102", "31022", "无形资产购置", 0.00, 280),
    ("3109", "31099", "其他资本性支出", 0.00, 281),
    ("399", "399", "其他支出", 0.00, 282),
    # 399 款 codes: fairly but not fully sure of 39906 赠与 / 39907 国家赔偿费用支出 /
    # 39908 对民间非营利组织和群众性自治组织补贴 (2018+ 部门预算支出经济分类); the prefix 3990 fits.
    ("3990", "39906", "赠与", 0.00, 283),
    ("3990", "39907", "国家赔偿费用支出", 0.00, 284),
    ("3990", "39908", "对民间非营利组织和群众性自治组织补贴", 0.00, 285),
    ("3999", "39999", "其他支出", 0.00, 286),
]
BUDGET_LINES += [
    (_E, code, rcode, name, 1 if len(code) == 3 else 2, _EXP, "basic", _GPB, "actual", amt, "table", line)
    for rcode, code, name, amt, line in _T06
]

# (metric, measure, value, unit, source_kind, source_line)
_W = "万元"
METRICS = [
    # --- Table 01 收入支出决算总表, revenue side (lines 97-104) and total rows (124-128)
    ("revenue_general_budget", "actual", 622.52, _W, "table", 97),
    ("revenue_gov_fund", "actual", 0.0, _W, "table", 98),
    ("revenue_state_capital", "actual", 0.0, _W, "table", 99),
    ("revenue_upper_subsidy", "actual", 0.0, _W, "table", 100),
    ("revenue_business", "actual", 0.0, _W, "table", 101),
    ("revenue_operating", "actual", 0.0, _W, "table", 102),
    ("revenue_subordinate", "actual", 0.0, _W, "table", 103),
    ("revenue_other", "actual", 21.91, _W, "table", 104),
    ("revenue_total", "actual", 644.43, _W, "table", 124),
    ("expenditure_total", "actual", 644.43, _W, "table", 124),
    ("carryover_begin", "actual", 0.0, _W, "table", 126),
    ("carryover_end", "actual", 0.0, _W, "table", 126),
    # 总计 printed twice on line 128 (收入 side and 支出 side): two facts.
    ("grand_total", "actual", 644.43, _W, "table", 128),
    ("grand_total", "actual", 644.43, _W, "table", 128),
    # --- Table 02 收入决算表, 合计 row (line 144)
    ("revenue_total", "actual", 644.43, _W, "table", 144),
    ("revenue_fiscal", "actual", 622.52, _W, "table", 144),
    ("revenue_upper_subsidy", "actual", 0.0, _W, "table", 144),
    ("revenue_business", "actual", 0.0, _W, "table", 144),
    ("revenue_operating", "actual", 0.0, _W, "table", 144),
    ("revenue_subordinate", "actual", 0.0, _W, "table", 144),
    ("revenue_other", "actual", 21.91, _W, "table", 144),
    # --- Table 03 支出决算表, 合计 row (line 172)
    ("expenditure_total", "actual", 644.43, _W, "table", 172),
    ("expenditure_basic", "actual", 434.56, _W, "table", 172),
    ("expenditure_project", "actual", 209.88, _W, "table", 172),
    ("expenditure_to_upper", "actual", 0.0, _W, "table", 172),
    ("expenditure_operating", "actual", 0.0, _W, "table", 172),
    ("expenditure_subsidy_subordinate", "actual", 0.0, _W, "table", 172),
    # --- Table 04 财政拨款收入支出决算总表: revenue side (196-198) and 本年收入/支出合计 (223).
    # 本年收入合计 of this table is the fiscal-appropriation revenue total -> revenue_fiscal.
    # The 支出 合计 column (622.52) has no metric name and is left out (see notes).
    ("revenue_general_budget", "actual", 622.52, _W, "table", 196),
    ("revenue_gov_fund", "actual", 0.0, _W, "table", 197),
    ("revenue_state_capital", "actual", 0.0, _W, "table", 198),
    ("revenue_fiscal", "actual", 622.52, _W, "table", 223),
    ("gpb_expenditure", "actual", 622.52, _W, "table", 223),
    ("gov_fund_expenditure", "actual", 0.0, _W, "table", 223),
    ("state_capital_expenditure", "actual", 0.0, _W, "table", 223),
    # --- Table 05 一般公共预算财政拨款支出决算表, 合计 row (line 238); 项目支出 209.88 has no metric name
    ("gpb_expenditure", "actual", 622.52, _W, "table", 238),
    ("gpb_basic", "actual", 412.64, _W, "table", 238),
    # --- Table 07 “三公”经费支出决算表, line 305: 预算数 (全年/调整后 -> "budget") cols 1-6,
    # 决算数 cols 7-12. Printed "0" kept as int 0.
    ("three_public_total", "budget", 1.08, _W, "table", 305),
    ("three_public_outbound", "budget", 0, _W, "table", 305),
    ("three_public_vehicle", "budget", 1.08, _W, "table", 305),
    ("three_public_vehicle_purchase", "budget", 0, _W, "table", 305),
    ("three_public_vehicle_operation", "budget", 1.08, _W, "table", 305),
    ("three_public_reception", "budget", 0, _W, "table", 305),
    ("three_public_total", "actual", 1.08, _W, "table", 305),
    ("three_public_outbound", "actual", 0, _W, "table", 305),
    ("three_public_vehicle", "actual", 1.08, _W, "table", 305),
    ("three_public_vehicle_purchase", "actual", 0, _W, "table", 305),
    ("three_public_vehicle_operation", "actual", 1.08, _W, "table", 305),
    ("three_public_reception", "actual", 0, _W, "table", 305),
    # --- 第一部分 概况, line 79: 行政编制21名, 实有人数25人 (在职20, 离休1, 退休5)
    ("staff_authorized", "actual", 21, "人", "narrative", 79),
    ("staff_actual", "actual", 25, "人", "narrative", 79),
    # --- 情况说明 一, line 349: 收、支总计644.43, 与上年相比减少67.4 -> prior 644.43 + 67.4
    ("grand_total", "actual", 644.43, _W, "narrative", 349),
    ("grand_total", "prior_year", 711.83, _W, "narrative", 349),  # derivation: current + 67.4
    # --- 二, line 353
    ("revenue_total", "actual", 644.43, _W, "narrative", 353),
    ("revenue_fiscal", "actual", 622.52, _W, "narrative", 353),
    ("revenue_other", "actual", 21.91, _W, "narrative", 353),
    # --- 三, line 357 (its 其他支出21.91 has no metric name)
    ("expenditure_total", "actual", 644.43, _W, "narrative", 357),
    ("expenditure_basic", "actual", 412.64, _W, "narrative", 357),
    ("expenditure_project", "actual", 209.88, _W, "narrative", 357),
    # --- 四, line 361: 财政拨款收、支总计644.43, 减少67.4
    ("fiscal_grand_total", "actual", 644.43, _W, "narrative", 361),
    ("fiscal_grand_total", "prior_year", 711.83, _W, "narrative", 361),  # derivation: current + 67.4
    # --- 五 一般公共预算财政拨款支出决算情况说明: the sentences say "财政拨款支出"; read as
    # gpb_expenditure because of the section heading (line 363).
    ("gpb_expenditure", "actual", 644.43, _W, "narrative", 367),
    ("gpb_expenditure", "prior_year", 711.83, _W, "narrative", 367),  # derivation: current + 67.4
    ("gpb_expenditure", "actual", 644.43, _W, "narrative", 371),
    ("gpb_expenditure", "budget_initial", 439.31, _W, "narrative", 375),
    ("gpb_expenditure", "actual", 644.43, _W, "narrative", 375),
    # --- 六, line 398
    ("gpb_basic", "actual", 412.64, _W, "narrative", 398),
    ("basic_personnel", "actual", 377.49, _W, "narrative", 398),
    ("basic_public", "actual", 35.15, _W, "narrative", 398),
    # --- 七(一) 三公 预算/决算 and changes against the prior year, lines 404-410
    ("three_public_total", "budget", 2.6, _W, "narrative", 404),
    ("three_public_total", "actual", 1.08, _W, "narrative", 404),
    ("three_public_outbound", "budget", 0, _W, "narrative", 406),
    ("three_public_outbound", "actual", 0, _W, "narrative", 406),
    ("three_public_outbound", "prior_year", 0, _W, "narrative", 406),  # derivation: current - 0 (增加0万元)
    ("three_public_reception", "budget", 0.6, _W, "narrative", 408),
    ("three_public_reception", "actual", 0, _W, "narrative", 408),
    ("three_public_reception", "prior_year", 0, _W, "narrative", 408),  # derivation: current - 0 (增加0万元)
    ("three_public_vehicle", "budget", 2, _W, "narrative", 410),
    ("three_public_vehicle", "actual", 1.08, _W, "narrative", 410),
    ("three_public_vehicle", "prior_year", 1.47, _W, "narrative", 410),  # derivation: current + 0.39
    # --- 七(二), lines 414-422
    ("three_public_reception", "actual", 0, _W, "narrative", 414),
    ("three_public_outbound", "actual", 0, _W, "narrative", 416),
    ("three_public_vehicle", "actual", 1.08, _W, "narrative", 416),
    ("three_public_outbound", "actual", 0, _W, "narrative", 418),
    ("three_public_reception", "actual", 0, _W, "narrative", 420),
    ("three_public_vehicle", "actual", 1.08, _W, "narrative", 422),
    ("three_public_vehicle_purchase", "actual", 0, _W, "narrative", 422),
    ("three_public_vehicle_operation", "actual", 1.08, _W, "narrative", 422),
    # --- 八 政府性基金, line 426 (its 年初/年末结转和结余 and 基本/项目 0 have no metric name)
    ("revenue_gov_fund", "actual", 0, _W, "narrative", 426),
    ("gov_fund_expenditure", "actual", 0, _W, "narrative", 426),
    # --- 十 机关运行经费, line 434: 35.15, 比上年决算数减少13.77 -> prior 48.92
    ("admin_operating_cost", "actual", 35.15, _W, "narrative", 434),
    ("admin_operating_cost", "prior_year", 48.92, _W, "narrative", 434),  # derivation: current + 13.77
    # --- 十二 政府采购, line 442 (授予小微企业 0 has no metric name)
    ("procurement_total", "actual", 61.77, _W, "narrative", 442),
    ("procurement_goods", "actual", 43.85, _W, "narrative", 442),
    ("procurement_works", "actual", 0, _W, "narrative", 442),
    ("procurement_services", "actual", 17.92, _W, "narrative", 442),
    ("procurement_sme", "actual", 61.77, _W, "narrative", 442),
    # --- 十三 国有资产, line 446: 共有车辆1辆
    ("vehicles_total", "actual", 1, "辆", "narrative", 446),
    # --- Work statistics in 十四 (lines 472, 478) and the 附件 report (561-581)
    ("community_correction_received", "actual", 46, "人", "narrative", 472),
    ("mediation_cases", "actual", 460, "件", "narrative", 478),  # printed "调处矛盾纠纷460起"
    ("legal_aid_cases", "actual", 359, "件", "narrative", 478),  # "受理法援案件359件"
    ("community_correction_received", "actual", 46, "人", "narrative", 561),
    ("mediation_cases", "actual", 460, "件", "narrative", 563),
    ("legal_aid_cases", "actual", 359, "件", "narrative", 563),
    ("community_correction_received", "actual", 46, "人", "narrative", 577),
    ("mediation_cases", "actual", 460, "件", "narrative", 581),
    ("legal_aid_cases", "actual", 359, "件", "narrative", 581),
    # --- 附件 部门整体支出绩效评价报告: 一 (line 525) and 二 预算收支情况 (531, 533)
    ("staff_authorized", "actual", 21, "人", "narrative", 525),
    ("staff_actual", "actual", 20, "人", "narrative", 525),  # "实有在编在岗人员 20 名"
    ("revenue_total", "actual", 622.52, _W, "narrative", 531),
    ("revenue_fiscal", "actual", 622.52, _W, "narrative", 531),
    ("expenditure_total", "actual", 622.52, _W, "narrative", 533),
    ("expenditure_basic", "actual", 412.64, _W, "narrative", 533),
    ("expenditure_project", "actual", 209.88, _W, "narrative", 533),
    # --- Same work statistics inside the 实际完成情况 cells of the self-evaluation forms
    # (tab-separated table rows, hence source_kind "table")
    ("community_correction_received", "actual", 46, "人", "table", 610),
    ("mediation_cases", "actual", 460, "件", "table", 702),
    ("legal_aid_cases", "actual", 359, "件", "table", 702),
    ("community_correction_received", "actual", 46, "人", "table", 741),
    # --- 附件1 部门整体支出绩效自评表, 总分 row (line 647) prints 分值 10 / 得分 10 (see contradictions)
    ("self_evaluation_score", "actual", 10, "分", "table", 647),
]

# (project_code, project_name, budget_initial, budget_adjusted, executed, execution_rate, score, source_line)
# No budget-system project codes are printed. Narrative projects: source_line is the heading line
# with the name; executed = "项目支出X万元" on the next line. Self-evaluation forms (附件2): name from
# 专项名称, 年初预算数 / 全年预算数 / 全年执行数 / 执行率 from the 合计 row, score = 总分 得分.
PROJECTS = [
    # 十四(二)2 项目绩效评价报告 (lines 464-478)
    (None, "依法治区项目", None, None, 37.12, None, None, 464),
    (None, "社区矫正与安置帮教项目", None, None, 16.16, None, None, 470),
    (None, "公共法律服务项目", None, None, 156.15, None, None, 476),
    # 附件 整体支出绩效评价报告 三(二) 项目支出绩效情况 (lines 569-583)
    (None, "依法治区项目", None, None, 37.12, None, None, 569),
    (None, "社区矫正与安置帮教项目", None, None, 16.16, None, None, 575),
    (None, "公共法律服务项目", None, None, 156.15, None, None, 579),
    # 附件2 项目支出绩效自评表: name 658 / 合计 662 / 总分 682; 693 / 697 / 723; 732 / 736 / 754
    (None, "依法治区工作", 37.12, 37.12, 37.12, 100, 100, 658),
    (None, "公共法律服务", 156.15, 156.15, 156.15, 100, 100, 693),
    (None, "社区矫正和安置帮教", 16.61, 16.61, 16.61, 100, 100, 732),
]

# (project_name, level1, level2, indicator, operator, target_value, target_text, unit, actual_value, actual_text, weight, score, source_line)
# Conventions: indicator wording without the "(≥, 件)" style suffix, whose operator and unit go to
# their own fields; texts with all whitespace removed ("80 次" -> "80次", "拨付完 成" -> "拨付完成");
# level labels read as merged cells (carried down; "(50分)" score suffixes dropped); where the
# extraction put a level-2 word in the level-1 column, level1 stays the last real 一级指标 and
# level2 is the label next to the indicator (see notes and contradictions).
_P, _Q, _O = "产出指标", "效益指标", "满意度指标"
_NUM, _QUA, _TIM, _COS = "数量指标", "质量指标", "时效指标", "成本指标"
_SOC, _SUS, _SAT = "社会效益指标", "可持续影响指标", "服务对象满意度指标"
_UP = "不断提高"
_PAID = "拨付完成"
INDICATORS = [
    # --- 附件1 2020年度部门整体支出绩效自评表 (department as a whole), lines 612-646
    (None, _P, _NUM, "法律援助办理案件数量", None, 359, "359", None, 359, "359", 2, 2, 612),
    (None, _P, _NUM, "矛盾纠纷调解", ">=", 400, "400", "件", 460, "460", 2, 2, 613),
    (None, _P, _QUA, "开展法治宣传", None, 80, "80次", "次", 80, "80次", 2, 2, 615),
    (None, _P, _QUA, "开展法治大讲堂", None, 15, "15次", "次", 15, "15次", 2, 2, 616),
    (None, _P, _QUA, "社区矫正对象", ">=", 88, "88人", "人", 88, "88人", 2, 2, 617),
    (None, _P, _QUA, "走访", None, 370, "370次", "次", 370, "370次", 2, 2, 618),
    (None, _P, _QUA, "新增刑满释放人员", None, 39, "39人", "人", 39, "39人", 2, 2, 619),
    (None, _P, _QUA, "收到行政诉讼案件", ">=", 34, "34件", "件", 34, "34件", 2, 2, 620),
    (None, _P, _QUA, "合同审查", ">=", 13, "13件", "件", 13, "13件", 2, 2, 621),
    (None, _P, _QUA, "行政执法督查和案卷评查", None, 4, "4次", "次", 4, "4次", 2, 2, 622),
    (None, _P, _QUA, "收到行政复议案件", ">=", 1, "1件", "件", 1, "1件", 2, 2, 623),
    (None, _P, _QUA, "法律援助案卷审核合格率", ">=", 100.0, "100.00%", "%", 100.0, "100.00%", 2, 2, 624),
    # line 625 prints "时效指标" in the 一级 column and "成本指标" in the 二级 column
    (None, _P, _COS, "社区服刑人员个案矫正率", ">=", 100.0, "100.00%", "%", 100.0, "100.00%", 2, 2, 625),
    (None, _P, _COS, "社区服刑人员电子监管率", ">=", 100.0, "100.00%", "%", 100.0, "100.00%", 2, 2, 626),
    (None, _P, _COS, "安置帮教、信息核实率、网上衔接率、预释放回执率", ">=", 100.0, "100.00%", "%", 100.0, "100.00%", 2, 2, 627),
    (None, _P, _COS, "人民调解组织调解成功率", ">=", 99, "99%", "%", 99.0, "99.00%", 2, 2, 628),
    (None, _P, _COS, "行政诉讼案件胜诉率", None, 86.1, "86.1%", "%", 86.1, "86.1%", 2, 2, 629),
    (None, _P, _COS, "各项工作完成时限", None, None, "2020年12月", None, None, "2020年12月", 2, 2, 630),
    (None, _P, _COS, "发放法律援助案件补助", None, None, "800-1500元/件", "元/件", None, _PAID, 2, 2, 631),
    (None, _Q, _SOC, "发放法律援助律师值班费", None, 200, "200元/天/人", "元/天/人", None, _PAID, 2, 2, 632),
    (None, _Q, _SOC, "社区矫正社会购买服务", None, 8, "8个", "个", None, _PAID, 2, 2, 633),
    (None, _Q, _SOC, "人民调解社会购买服务", None, 2, "2人", "人", None, _PAID, 2, 2, 634),
    (None, _Q, _SOC, "聘请全区法律顾问", None, 1, "1家", "家", None, _PAID, 2, 2, 635),
    (None, _Q, _SOC, "矛调中心专项法律服务费", None, 1, "1家", "家", None, _PAID, 2, 2, 636),
    (None, _O, _SAT, "宣传资料制作", None, 10, "10万份", "万份", None, _PAID, 2, 2, 637),
    (None, _O, _SAT, "法律援助案件有效投诉发生率", "<=", 0, "0%", "%", 0, "0%", 6, 6, 638),
    (None, _O, _SAT, "促进法治石峰建设水平", None, None, _UP, None, None, _UP, 6, 6, 639),
    (None, _O, _SAT, "促进依法行政水平", None, None, _UP, None, None, _UP, 6, 6, 640),
    (None, _O, _SAT, "促进全民法治意识提升", None, None, _UP, None, None, _UP, 6, 6, 641),
    (None, _O, _SUS, "构建法治石峰、和谐石峰、平安石峰、幸福石峰", None, None, _UP, None, None, _UP, 6, 6, 642),
    (None, _O, _SUS, "法律援助满意度", None, 95, "95%", "%", 95, "95%", 2.5, 2.5, 643),
    (None, _O, _SUS, "人民调解满意度", None, 95, "95%", "%", 95, "95%", 2.5, 2.5, 644),
    (None, _O, _SUS, "法律顾问满意度", None, 95, "95%", "%", 95, "95%", 2.5, 2.5, 645),
    (None, _O, _SUS, "法治宣传满意度", None, 95, "95%", "%", 95, "95%", 2.5, 2.5, 646),
    # --- 附件2 项目支出绩效自评表: 依法治区工作, lines 669-681
    ("依法治区工作", _P, _NUM, "收到行政诉讼案件", ">=", 34, "34件", "件", 34, "34件", 8, 8, 669),
    ("依法治区工作", _P, _NUM, "合同审查", ">=", 13, "13件", "件", 13, "13件", 8, 8, 671),
    ("依法治区工作", _P, _NUM, "行政执法督查和案卷评查", None, 4, "4次", "次", 4, "4次", 8, 8, 672),
    ("依法治区工作", _P, _NUM, "收到行政复议案件", ">=", 1, "1件", "件", 1, "1件", 8, 8, 673),
    # lines 674-676 print the 二级 label and the indicator in one cell ("质量指标 行政诉讼案件胜诉率")
    ("依法治区工作", _P, _QUA, "行政诉讼案件胜诉率", None, 86.1, "86.1%", "%", 86.1, "86.1%", 6, 6, 674),
    ("依法治区工作", _P, _TIM, "各项工作完成时限", None, None, "2020年12月", None, None, "2020年12月", 6, 6, 675),
    ("依法治区工作", _P, _COS, "聘请全区法律顾问", None, 1, "1家", "家", None, _PAID, 6, 6, 676),
    ("依法治区工作", _Q, _SOC, "促进法治石峰建设水平", None, None, _UP, None, None, _UP, 7.5, 7.5, 677),
    ("依法治区工作", _Q, _SOC, "促进依法行政水平", None, None, _UP, None, None, _UP, 7.5, 7.5, 678),
    ("依法治区工作", _Q, _SOC, "促进全民法治意识提升", None, None, _UP, None, None, _UP, 7.5, 7.5, 679),
    ("依法治区工作", _Q, _SUS, "构建法治石峰、和谐石峰、平安石峰、幸福石峰", None, None, _UP, None, None, _UP, 7.5, 7.5, 680),
    ("依法治区工作", _O, _SAT, "法律顾问服务对象", None, 95, "95%", "%", 95, "95%", 10, 10, 681),
    # --- 附件2: 公共法律服务, lines 705-722 (operators printed as LaTeX "\geq" / "\leq")
    ("公共法律服务", _P, _NUM, "法律援助办理案件数量", ">=", 359, "359", "件", 359, "359", 4, 4, 705),
    ("公共法律服务", _P, _NUM, "矛盾纠纷调解", ">=", 400, "400", "件", 460, "460", 4, 4, 706),
    ("公共法律服务", _P, _NUM, "开展法治宣传", None, 80, "80次", "次", 80, "80次", 4, 4, 707),
    ("公共法律服务", _P, _NUM, "开展法治大讲堂", None, 15, "15次", "次", 15, "15次", 4, 4, 708),
    ("公共法律服务", _P, _QUA, "法律援助案卷审核合格率", ">=", 100.0, "100.00%", "%", 100.0, "100.00%", 6, 6, 709),
    ("公共法律服务", _P, _QUA, "人民调解组织调解成功率", ">=", 99, "99%", "%", 99.0, "99.00%", 6, 6, 710),
    # target printed truncated: "2020 年 12"
    ("公共法律服务", _P, _TIM, "各项工作完成时限", None, None, "2020年12", None, None, "2020年12月", 2, 2, 711),
    ("公共法律服务", _P, _COS, "发放法律援助案件补助", None, None, "800-1500元", "元", None, _PAID, 4, 4, 712),
    ("公共法律服务", _P, _COS, "发放法律援助律师值班费", None, 200, "200元/天/人", "元/天/人", None, _PAID, 4, 4, 713),
    ("公共法律服务", _P, _COS, "人民调解社会购买服务", None, 2, "2人", "人", None, _PAID, 4, 4, 714),
    ("公共法律服务", _P, _COS, "矛调中心专项法律服务费", None, 1, "1家", "家", None, _PAID, 4, 4, 715),
    ("公共法律服务", _P, _COS, "宣传资料制作", None, 10, "10万份", "万份", None, _PAID, 4, 4, 716),
    ("公共法律服务", _Q, _SOC, "法律援助案件有效投诉发生率", "<=", 0, "0%", "%", 0, "0%", 10, 10, 717),
    ("公共法律服务", _Q, _SOC, "促进全民法治意识提升", None, None, _UP, None, None, _UP, 10, 10, 718),
    ("公共法律服务", _Q, _SUS, "构建和谐石峰、平安石峰、幸福石峰", None, None, _UP, None, None, _UP, 10, 10, 719),
    ("公共法律服务", _O, _SAT, "法律援助满意度", None, 95, "95%", "%", 95, "95%", 4, 4, 720),
    ("公共法律服务", _O, _SAT, "人民调解满意度", None, 95, "95%", "%", 95, "95%", 3, 3, 721),
    ("公共法律服务", _O, _SAT, "法治宣传满意度", None, 95, "95%", "%", 95, "95%", 3, 3, 722),
    # --- 附件2: 社区矫正和安置帮教, lines 743-753
    ("社区矫正和安置帮教", _P, _NUM, "社区矫正对象", ">=", 88, "88人", "人", 88, "88人", 6, 6, 743),
    ("社区矫正和安置帮教", _P, _NUM, "走访", None, 370, "370次", "次", 370, "370次", 6, 6, 744),
    ("社区矫正和安置帮教", _P, _NUM, "新增刑满释放人员", None, 39, "39人", "人", 39, "39人", 6, 6, 745),
    # line 746 prints "质量指标" in both the 一级 and the 二级 column
    ("社区矫正和安置帮教", _P, _QUA, "社区服刑人员个案矫正率", ">=", 100.0, "100.00%", "%", 100.0, "100.00%", 6, 6, 746),
    ("社区矫正和安置帮教", _P, _QUA, "社区服刑人员电子监管率", ">=", 100.0, "100.00%", "%", 100.0, "100.00%", 6, 6, 747),
    ("社区矫正和安置帮教", _P, _QUA, "安置帮教、信息核实率、网上衔接率、预释放回执率", ">=", 100.0, "100.00%", "%", 100.0, "100.00%", 6, 6, 748),
    ("社区矫正和安置帮教", _P, _TIM, "各项工作完成时限", None, None, "2020年12月", None, None, "2020年12月", 7, 7, 749),
    ("社区矫正和安置帮教", _P, _COS, "社区矫正社会购买服务", None, 8, "8个", "个", None, _PAID, 7, 7, 750),
    ("社区矫正和安置帮教", _Q, _SOC, "促进全民法治意识提升", None, None, _UP, None, None, _UP, 15, 15, 751),
    ("社区矫正和安置帮教", _Q, _SUS, "构建和谐石峰、平安石峰、幸福石峰", None, None, _UP, None, None, _UP, 15, 15, 752),
    ("社区矫正和安置帮教", _O, _SAT, "社区矫正对象满意度", None, 95, "95%", "%", 95, "95%", 30, 30, 753),
]

# (question, answer, source_line): the report has no checkbox form.
FORM_ANSWERS = []

KNOWN_CONTRADICTIONS = [
    # --- parts not adding up (tables)
    "Table 01 (lines 97-124): expenditure classes 1.88 (201, l.97) + 620.65 (204, l.100) + 21.91 (229, l.120) "
    "= 644.44, but 本年支出合计 = 644.43 (l.124).",
    "Table 02 (lines 144-157): classes 1.88 + 620.65 + 21.91 = 644.44 vs 合计 本年收入合计 644.43 (l.144); "
    "财政拨款收入 column 1.88 + 620.65 = 622.53 vs 合计 622.52 (l.144).",
    "20406 司法 = 616.35 in tables 02/03/05 (l.149, 177, 243) but its items 2040601 412.64 + 2040602 84.69 + "
    "2040699 119.01 = 616.34.",
    "Table 03 合计 (l.172): 基本支出 434.56 + 项目支出 209.88 = 644.44 vs 本年支出合计 644.43; and the 基本支出 "
    "column of the classes 0.00 + 412.64 + 21.91 = 434.55 vs 434.56.",
    "Tables 03/05: 204 row total 620.65 vs 基本 412.64 + 项目 208.00 = 620.64 (l.176, 242); 20406 row total 616.35 "
    "vs 412.64 + 203.70 = 616.34 (l.177, 243).",
    "Table 04 (l.196, 199, 223) and table 05 (l.238-242): classes 1.88 + 620.65 = 622.53 vs 本年支出合计 / 合计 622.52.",
    "Table 06: 303 对个人和家庭的补助 20.72 (l.276) vs its items 2.65 + 2.52 + 15.54 = 20.71; 302 商品和服务支出 "
    "35.15 (l.262) vs its items summing to 35.16; 301 356.78 + 302 35.15 + 303 20.72 = 412.65 vs 基本支出 412.64 "
    "(table 05 l.238); 人员经费 301 + 303 = 377.50 vs narrative 人员经费 377.49 (l.398).",
    # --- sentence vs table
    "三公 budget: table 07 (l.305) prints 预算数 合计 1.08, 公务用车 1.08, 公务接待 0; narrative gives 预算 2.6 (l.404), "
    "公务接待费 0.6 (l.408), 公务用车 2 (l.410).",
    "Line 361: 财政拨款收、支总计 644.43 vs table 04 财政拨款 本年收入/支出合计 622.52 (l.223); 644.43 includes the "
    "其他收入 21.91 (l.104).",
    "Lines 367/371/375: 财政拨款支出 (一般公共预算) 644.43 and '占本年支出合计的100%' vs tables 04/05 622.52 "
    "(l.223, 238), i.e. 96.6% of 644.43.",
    "Line 371: class sentence '公共安全（类）支出644.43万元，占100%' while the tables give 204 = 620.65 (l.242) plus "
    "201 = 1.88 and 229 = 21.91; the items listed below it (l.377-394) include 其他支出（类）.",
    "Line 385-387: item '公共安全支出（类）司法（款）其他公共安全支出（项）' does not exist under 20406 司法 "
    "(其他公共安全支出 is 20499/2049901); its 6.18 vs table 4.30 (l.154, 182, 248); 6.18 = 4.30 + 1.88, the 201 "
    "一般公共服务 amount (2010699, l.241) which the narrative never names.",
    "Line 389: class named '公司安全支出（类）' (typo for 公共安全支出) for 其他司法支出 119.01.",
    "Lines 392-394: 其他支出（类）其他支出（款）其他支出（项）21.91 listed as 一般公共预算财政拨款支出, but table 02 "
    "(l.155-157) funds 229 entirely from 其他收入, table 05 has no 229 row and table 04 其他支出 is 0.00 (l.218).",
    "Line 357: 基本支出 412.64 + 项目支出 209.88 + 其他支出 21.91 = 644.43, while table 03 (l.172, 183) counts the "
    "229 其他支出 21.91 as 基本支出 (434.56).",
    "Lines 531/533 (附件 report): 2020年收入 622.52 and 支出 622.52 vs 本年收入合计 / 本年支出合计 644.43 "
    "(table 01 l.124, narrative l.353, 357).",
    "Self-evaluation forms report 上年结转资金 17.08 (l.607 department form, l.699 公共法律服务) while table 01 "
    "年初结转和结余 = 0.00 (l.126) and table 04 年初财政拨款结转和结余 = 0.00 (l.224).",
    "Project 社区矫正与安置帮教: narrative 项目支出 16.16 (l.472, 577) vs self-evaluation form 16.61 (l.732, 736); "
    "37.12 + 16.16 + 156.15 = 209.43 ≠ 项目支出 209.88, whereas 37.12 + 16.61 + 156.15 = 209.88.",
    "Line 79: 实有人数25人，其中在职20 + 离休1 + 退休5 = 26.",
    # --- impossible percentages
    "Line 408: 公务接待费 预算 0.6, 决算 0, '完成预算的100%' (it is 0%) and '决算数大于预算数' although 0 < 0.6.",
    "Lines 387, 390, 394 (年初预算 0, 决算 6.18 / 119.01 / 21.91) and 406 (预算 0, 决算 0) all print "
    "'完成(年初)预算的100%': a rate over a zero budget.",
    "Line 410: 公务用车 与上年相比减少0.39万元，减少19.5%: prior year = 1.08 + 0.39 = 1.47, so the fall is 26.5%; "
    "19.5% = 0.39 / 2 (the budget).",
    "Line 434: 机关运行经费 35.15, 比上年减少13.77, '降低39.17%': prior = 48.92, so the fall is 28.15%; "
    "39.17% = 13.77 / 35.15 (the current year).",
    # --- scores / weights
    "附件1 部门整体支出绩效自评表 总分 row (l.647) prints 分值 10 / 得分 10, while funds (10, l.605) + indicator "
    "weights (90, l.612-646) = 100 and the grade 优 needs ≥ 90 (l.651).",
    "附件2 社区矫正和安置帮教 (l.743-754): 满意度指标(10分) carries weight 30 (l.753); funds 10 + indicators "
    "36 + 7 + 7 + 15 + 15 + 30 = 120 vs 总分 100 (l.754).",
    "附件1 department form level labels garbled: l.625 prints 时效指标 (一级 column) / 成本指标 for quality indicators "
    "(个案矫正率 … 胜诉率, l.625-629); cost items (律师值班费 … 矛调中心, l.632-636) sit under 效益指标/社会效益指标, "
    "宣传资料制作 (l.637) under 满意度指标, satisfaction items (l.643-646) after 可持续影响指标; the section weights "
    "(产出 50 / 效益 30 / 满意度 10) do not match the rows below them. 附件2 l.746 prints 质量指标 in the 一级 column.",
    # --- table labelled wrong
    "Table 09 国有资本经营预算财政拨款支出决算表 is labelled '公开 08 表' (l.330), the same number as table 08 (l.313).",
]

del _code, _name, _l01, _l04, _lvl, _tot, _bas, _prj, _l03, _l05, _scope, _line  # loop variables

# ---------------------------------------------------------------------------
# Companion note: conventions decided here that facts.md does not settle.
# 1. department = "石峰区司法局" (the report's own short form, l.81/657); the title says 株洲市石峰区司法局.
# 2. Narrative figures whose names and amounts sit on separate lines (l.377/379 etc.): source_line is the
#    line of the amount. Projects use the line of the name (facts.md), i.e. the heading (464, 470, ...).
# 3. reported_name drops ordinals ("四、") and the （类）/（款）/（项） markers; l.371 "公共安全（类）支出" is
#    stored as "公共安全支出". The "公司安全支出" typo (l.389) is resolved to 2040699 because 司法（款）
#    其他司法支出（项） is unique; l.385's 司法/其他公共安全支出 is not, so code=None.
# 4. Table 04's 本年收入合计 (l.223) is stored as revenue_fiscal; its 支出 合计 column, its fiscal carry-over
#    rows (l.224-227, 年初/年末财政拨款结转和结余 and sub-rows), table 01's 使用非财政拨款结余 / 结余分配
#    (l.125), table 05's 项目支出 209.88 and 08's fund-level 结转和结余 (l.426) have no metric name: left out.
#    Table 04 prints no 总计 row at all, so fiscal_grand_total comes only from the sentence at l.361.
# 5. 三公 table 07 预算数 is stored with measure "budget" (note l.307: 全年预算数, 调整后); the 三公 sentences'
#    预算 likewise. Prior-year values derive from the printed change: 711.83 (= 644.43 + 67.4), 1.47, 48.92, 0.
# 6. Sections 五(一)-(三) say "财政拨款支出"; stored as gpb_expenditure (section heading l.363).
# 7. 总计 on both sides of table 01 (l.128) = two grand_total facts on the same line.
# 8. staff_actual is stored twice with different meanings: 25 (实有人数 incl. retirees, l.79) and
#    20 (实有在编在岗人员, l.525). The 公务用车保有量 1 辆 (l.422) is not stored as vehicles_total (only
#    "共有车辆1辆", l.446). 会议费 0.04 / 培训费 0.38 in sentences (l.438) are not stored as economic lines.
#    "共涉及资金209.88万元" (l.452) and the department form's funds row (l.605-608) have no metric name.
# 9. mediation_cases: "调处矛盾纠纷460起" stored with unit 件. Work statistics repeated inside self-evaluation
#    table cells (l.610, 702, 741) are stored with source_kind "table".
# 10. Indicators: suffixes like "(≥, 件)", "(>= %)", "(\geq ,人)" become operator/unit; no operator when none is
#     printed (also for 不断提高, not "qualitative"); text fields with whitespace removed; numeric target/actual
#     only when the cell is one number (ranges like 800-1500, dates, 拨付完成 → None). Project score = the 总分
#     得分 (100), execution_rate = the printed 100%. Level labels: see the INDICATORS comment; the department
#     form's labels (l.625-646) are unreliable whatever rule is used, so tests may want to compare them loosely.

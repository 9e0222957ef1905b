#!/usr/bin/env python3
"""Draw fresh random reports from a seed, render them to born-digital PDFs with truth JSON.

Usage:  scripts/gen-layouts --seed N --count K --out DIR [--jobs J]

Writes DIR/fresh-N-I.pdf and DIR/fresh-N-I.truth.json for I = 1..K.  Every document is drawn
with ``random.Random(f"{N}:{I}")`` (and whether it is a non-report from a golden-ratio sequence
over I), so a document does not depend on K or on the others.

The figures come from scripts/gen_corpus.py (gen_t2/gen_t3/gen_t4 via make_doc, run_checks);
this script varies what reports made by other hands vary and the fixed corpus keeps constant:
title forms, zero marks, a table pasted as a picture, where tables break over pages, a landscape
table 四, the producer (LibreOffice HTML import or a python-docx document), horizontal-only rules,
and documents that are not annual reports at all.  Truth JSON is written before rendering; the
layout facts that only the PDF can tell (which tables split, at which row) are added after
rendering, detected from pdftotext, never assumed.  Truth has the fields of
testdata/born-digital/*.truth.json plus ``classes`` (the layout classes below that the document
exercises), ``pageBreaks`` (table, page, grid row and row key that starts the next page) and,
for non-reports, ``notAReport: true``.

Classes: title-year-first, title-niandu, title-guanyu, title-no-org, org-line-above-title,
zero-marks, picture-table, page-break-row, landscape-t4, producer-docx, producer-html,
h-rules-only, not-a-report.
"""
import argparse
import concurrent.futures
import copy
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_corpus as gc  # noqa: E402

CLASSES = ["title-year-first", "title-niandu", "title-guanyu", "title-no-org", "org-line-above-title",
           "zero-marks", "picture-table", "page-break-row", "landscape-t4", "producer-docx",
           "producer-html", "h-rules-only", "not-a-report"]

# ----------------------------------------------------------------------------------------
# Organisations
# ----------------------------------------------------------------------------------------
PLACES = ["南通市", "宜昌市", "绵阳市", "赣州市", "潍坊市", "嘉兴市", "洛阳市", "桂林市", "遵义市", "大理市",
          "太原市", "芜湖市", "晋江市", "兰州市", "哈尔滨市", "九江市", "昆明市", "银川市", "株洲市", "泉州市",
          "襄阳市", "常德市", "岳阳市", "临沂市", "保定市", "包头市", "柳州市", "绍兴市", "扬州市", "德阳市"]
DISTRICTS = ["城关区", "西湖区", "高新区", "经济技术开发区", "东城区", "新城区", "武侯区", "江北区", "南岸区",
             "龙华区", "鼓楼区", "青山区", "开福区", "天河区", "铜山区"]
COUNTIES = ["长丰县", "宁乡县", "岳西县", "泗县", "沭阳县", "桐庐县", "安吉县", "汝阳县", "莒县", "平阴县"]
DEPTS = ["教育局", "财政局", "生态环境局", "市场监督管理局", "住房和城乡建设局", "自然资源和规划局", "卫生健康局",
         "交通运输局", "民政局", "人力资源和社会保障局", "农业农村局", "应急管理局", "统计局", "司法局", "文化和旅游局",
         "医疗保障局", "水利局", "商务局", "审计局", "退役军人事务局", "林业局", "城市管理局", "公安局", "税务局",
         "行政审批服务局", "数据资源管理局", "发展和改革委员会", "科学技术局", "工业和信息化局"]
GOVS = ["人民政府", "人民政府办公室"]


def draw_org(rng):
    x = rng.random()
    place = rng.choice(PLACES)
    if x < 0.15:
        return place + rng.choice(GOVS), True
    if x < 0.25:
        return place + rng.choice(DISTRICTS + COUNTIES) + "人民政府", True
    if x < 0.35:
        return place + rng.choice(DISTRICTS) + rng.choice(["东", "西", "南", "北", "城关", "新华", "和平"]) \
            + "街道办事处", False
    if x < 0.6:
        return place + rng.choice(DISTRICTS + COUNTIES) + rng.choice(DEPTS), False
    return place + rng.choice(DEPTS), False


FONTS = list(gc.FONT_FAMILY)
SHADES = ["#d9d9d9", "#e7e6e6", "#dbe5f1", "#f2f2f2", "#deeaf6", "#fff2cc"]
ZERO_MARKS = ["—", "-", "/", "／", "无"]


# ----------------------------------------------------------------------------------------
# Drawing one document (truth + printing + layout choices)
# ----------------------------------------------------------------------------------------

def basis_text(tpl):
    return ("《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》"
            + ("（国办公开办函〔2021〕30号）" if tpl == "GB2021" else "（国办公开办函〔2019〕60号）"))


def draw_report(rng, name):
    org, is_gov = draw_org(rng)
    year = rng.choice([2019, 2020, 2021, 2022, 2023, 2023, 2024])
    tpl = "GB2019" if year <= 2020 else "GB2021"
    if rng.random() < 0.12:  # real reports mix them (seed 003: 2023 with the GB2019 table 二)
        tpl = "GB2021" if tpl == "GB2019" else "GB2019"
    scale = rng.choice(["zero", "small", "small", "medium", "medium", "large", "large"])
    other = "one" if tpl == "GB2019" else rng.choice(["sub", "sub", "one"])
    body = rng.choice(FONTS)
    producer = "docx" if rng.random() < 0.4 else "html"
    want_break = rng.random() < 0.45
    title_form = rng.choices(["normal", "two", "org-above", "year-first", "niandu", "guanyu", "no-org"],
                             [16, 6, 14, 14, 14, 15, 16])[0]
    cfg = dict(
        name=name, seed=rng.getrandbits(48), org=org, year=year, template=tpl, scale=scale, is_gov=is_gov,
        other=other, blanks=rng.choice(["none", "none", "t3", "some", "all"]),
        body=body, head=rng.choice(FONTS), table=body if rng.random() < 0.5 else rng.choice(FONTS),
        shade=rng.choice(SHADES) if rng.random() < 0.5 else None,
        brackets=rng.choice(["full", "full", "half", "mixed"]),
        split={"t3": True} if want_break else {},
        title={"two": "two", "org-above": "org-above"}.get(title_form, "one"),
        units=rng.random() < 0.3, money_yi=tpl == "GB2019" and rng.random() < 0.5,
        stray=rng.random() < 0.15, vertical=rng.random() < 0.2, narrow=rng.random() < 0.15,
        t4_stacked=rng.random() < 0.2,
        sign=rng.choices(["date", "hanzi", "none"], [7, 2, 1])[0],
        inconsistent=rng.choices([None, "granted", "resultsTotal", "review", "newReceived"], [12, 1, 1, 1, 1])[0],
    )
    cfg["t3_page"] = (not want_break) and rng.random() < 0.6
    doc = gc.make_doc(cfg)
    c = doc["cfg"]
    # layout knobs of this script (the page-break row moves with them)
    c["body_size"] = rng.choice(["14pt", "15pt", "15pt", "16pt"])
    c["table_size"] = rng.choice(["9pt", "10pt", "10pt", "10.5pt", "11pt"])
    c["t4_size"] = rng.choice(["9pt", "9.5pt", "10pt"])
    c["margins"] = [round(rng.uniform(2.0, 3.2), 1), round(rng.uniform(2.0, 2.8), 1),
                    round(rng.uniform(2.0, 3.0), 1), round(rng.uniform(2.0, 2.8), 1)]  # top right bottom left
    c["nfill"] = rng.randint(0, len(doc["fill"]))
    c["producer"] = producer
    c["want_break"] = want_break
    c["title_form"] = title_form
    c["sign_org"] = rng.random() < 0.75
    c["hrules"] = rng.random() < 0.22
    c["picture"] = rng.choice(["table2", "table3", "table4"]) if rng.random() < 0.22 else None
    c["picture_dpi"] = rng.choice([150, 200, 250, 300])
    c["picture_fmt"] = rng.choice(["png", "jpg"])
    c["landscape_t4"] = producer == "docx" and rng.random() < 0.45
    c["zero_marks"] = rng.sample(ZERO_MARKS, rng.randint(1, 2)) if rng.random() < 0.3 else None
    apply_title(rng, doc)
    if c["zero_marks"]:
        apply_zero_marks(rng, doc)
    f = doc["features"]
    title_lines = next(len(b[1]) for b in doc["blocks"] if b[0] == "title")
    if title_lines > 1 and "title-two-lines" not in f:
        f.append("title-two-lines")
    if c["title_form"] not in ("normal", "two", "org-above"):
        f.append("title-" + c["title_form"])
    if c["sign"] != "none" and not c["sign_org"]:
        f.append("signature-date-only")
    if any(v in ZERO_MARKS for v in doc["printed"].values()):
        f.append("zero-marks")
    return doc


def apply_title(rng, doc):
    """Replace the title (and, for title-no-org, the first sentence) by the drawn form."""
    c = doc["cfg"]
    org, year, tpl = doc["report"]["organization"], doc["report"]["year"], doc["report"]["template"]
    form = c["title_form"]
    blocks = doc["blocks"]
    head_end = next(i for i, b in enumerate(blocks) if b[0] == "p")  # the intro paragraph
    new = None
    if form == "year-first":
        t = f"{year}年{org}政府信息公开工作年度报告"
        new = [("title", [t])]
    elif form == "niandu":
        t = rng.choice([f"{year}年度{org}政府信息公开工作年度报告", f"{org}{year}年度政府信息公开工作年度报告"])
        new = [("title", [t])]
    elif form == "guanyu":
        t = rng.choice([f"{org}关于{year}年度政府信息公开工作情况的报告",
                        f"{org}关于{year}年政府信息公开工作年度报告的报告",
                        f"关于{org}{year}年政府信息公开工作年度报告的报告"])
        # a long title breaks before 政府信息公开 (never after the bare organisation, which would read
        # as an organisation line above the title)
        k = t.index("政府信息公开")
        new = [("title", [t] if len(t) <= 24 else [t[:k], t[k:]])]
    elif form == "no-org":
        t = rng.choice([f"{year}年政府信息公开工作年度报告", f"{year}年度政府信息公开工作年度报告"])
        new = [("title", [t])]
        basis = basis_text(tpl)
        intro = blocks[head_end][1]
        rest = intro[intro.index("全文包括"):]
        bm = "half" if c["brackets"] == "half" else "full"
        if rng.random() < 0.5:
            first = f"本报告由{org}编制。本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和{basis}要求编制。"
        else:
            first = f"根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和{basis}要求，{org}编制本报告。"
        blocks[head_end] = ("p", gc.conv_brackets(first + rest, bm))
    if new is not None:
        title = "".join(new[0][1])
        delta = len(new) - head_end
        doc["blocks"] = new + blocks[head_end:]
        doc["fill"] = [(pos + delta, text) for pos, text in doc["fill"]]
        doc["report"]["title"] = title
    # signature without the organisation (date only)
    if not c["sign_org"] or form == "no-org" and rng.random() < 0.3:
        c["sign_org"] = False
        doc["blocks"] = [("sign", ["", b[1][1]]) if b[0] == "sign" else b for b in doc["blocks"]]


def apply_zero_marks(rng, doc):
    """Some zero cells printed as a zero mark (—, -, /, ／, 无): truth 0."""
    marks = doc["cfg"]["zero_marks"]
    P = doc["printed"]
    whole = rng.random() < 0.5  # every zero cell of a table, or a random half
    tables = rng.sample(["activeDisclosure", "applications", "reviewsAndLawsuits"], rng.randint(1, 3))
    for k, v in P.items():
        if v == "0" and k.split(".")[0] in tables and (whole or rng.random() < 0.5):
            P[k] = rng.choice(marks)


# ----------------------------------------------------------------------------------------
# Non-reports
# ----------------------------------------------------------------------------------------
POLICY_TOPICS = ["政府信息公开工作考核办法", "政务公开工作规范", "行政规范性文件管理办法", "政务信息报送管理办法",
                 "政府网站与政务新媒体管理办法", "重大行政决策程序规定", "行政执法公示制度实施办法"]
ARTICLES = [
    "为进一步规范{topic_short}工作，提高工作质量和效率，根据有关法律法规规定，结合本地实际，制定本办法。",
    "本办法适用于{org}及所属单位的相关工作。",
    "各单位主要负责同志是第一责任人，分管负责同志具体负责，明确专人承担日常工作。",
    "相关工作应当坚持依法依规、公开透明、便民高效的原则。",
    "各单位应当建立健全工作台账，按季度报送工作情况，年度工作情况于次年1月31日前报送。",
    "对工作成效突出的单位和个人，按照有关规定予以表扬；对工作不力的，予以通报批评并督促整改。",
    "考核结果分为优秀、良好、合格、不合格四个等次，考核得分90分以上为优秀，80分至89分为良好。",
    "本办法由{org}负责解释。",
    "本办法自印发之日起施行，有效期5年。",
]
FINAL_ROWS = [("一、一般公共预算财政拨款收入", "一、一般公共服务支出"), ("二、政府性基金预算财政拨款收入", "二、教育支出"),
              ("三、国有资本经营预算财政拨款收入", "三、社会保障和就业支出"), ("四、上级补助收入", "四、卫生健康支出"),
              ("五、事业收入", "五、节能环保支出"), ("六、经营收入", "六、农林水支出"), ("七、其他收入", "七、住房保障支出")]


def draw_not_report(rng, name):
    org, _ = draw_org(rng)
    year = rng.choice([2021, 2022, 2023, 2024])
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    issued = f"{year}-{month:02d}-{day:02d}"
    body = rng.choice(FONTS)
    head = rng.choice(FONTS)
    kind = rng.choice(["policy", "final-accounts"])
    blocks = []
    tables = {}
    if kind == "policy":
        topic = rng.choice(POLICY_TOPICS)
        title = f"关于印发《{org}{topic}》的通知" if rng.random() < 0.5 else f"关于印发{org}{topic}的通知"
        blocks.append(("title", [title] if len(title) <= 24 else [title[:len(title) // 2], title[len(title) // 2:]]))
        blocks.append(("pl", "各科室、各直属单位："))
        blocks.append(("p", f"现将《{org}{topic}》印发给你们，请结合实际认真贯彻执行。执行中遇到的问题，请及时向{org}办公室反映。"))
        blocks.append(("sign", [org, f"{year}年{month}月{day}日"]))
        blocks.append(("title2", f"{org}{topic}"))
        n = 0
        for j, chap in enumerate(["总则", "职责分工", "工作要求", "考核与监督", "附则"]):
            blocks.append(("hc", f"第{gc.NUMS[j]}章　{chap}"))
            for _ in range(rng.randint(1, 3)):
                n += 1
                a = ARTICLES[min(n - 1, len(ARTICLES) - 1)] if n <= 2 else rng.choice(ARTICLES[2:7])
                num = gc.NUMS[n - 1] if n <= 10 else "十" + gc.NUMS[n - 11]
                blocks.append(("p", f"<b>第{num}条</b>　" + a.format(topic_short=topic[:4], org=org)))
        blocks.append(("p", "<b>附件：</b>考核评分表"))
        rows = [("指标", "分值", "评分标准")]
        for ind in rng.sample(["主动公开", "依申请公开", "政策解读", "平台建设", "监督保障", "回应关切"], 4):
            rows.append((ind, str(rng.choice([10, 15, 20, 25])), "按照工作完成情况评分，未完成的不得分"))
        tables["tbl"] = rows
        blocks.append(("tbl",))
    else:
        title = rng.choice([f"{org}{year}年度部门决算", f"{org}{year}年部门决算公开说明"])
        blocks.append(("title", [title]))
        blocks.append(("h1", "一、部门基本情况"))
        blocks.append(("p", f"{org}内设机构{rng.randint(4, 15)}个，下属单位{rng.randint(0, 8)}个。"
                            f"{year}年末实有人员编制{rng.randint(20, 300)}人，在职实有人员{rng.randint(20, 300)}人。"))
        blocks.append(("h1", f"二、{year}年度部门决算表"))
        blocks.append(("p", "表1　收入支出决算总表（单位：万元）"))
        rows = [("收入项目", "决算数", "支出项目", "决算数")]
        tin = tout = 0.0
        for a, b in FINAL_ROWS:
            x = round(rng.uniform(0, 5000), 2) if rng.random() < 0.7 else 0.0
            y = round(rng.uniform(0, 5000), 2) if rng.random() < 0.7 else 0.0
            tin += x
            tout += y
            rows.append((a, f"{x:.2f}", b, f"{y:.2f}"))
        rows.append(("本年收入合计", f"{tin:.2f}", "本年支出合计", f"{tout:.2f}"))
        tables["tbl"] = rows
        blocks.append(("tbl",))
        blocks.append(("h1", "三、收入支出决算总体情况说明"))
        blocks.append(("p", f"{year}年度收入总计{tin:.2f}万元，支出总计{tout:.2f}万元。与上年相比，"
                            f"收入{'增加' if rng.random() < 0.5 else '减少'}{rng.uniform(1, 30):.2f}%，主要原因是项目资金变化。"))
        blocks.append(("h1", "四、其他重要事项的情况说明"))
        blocks.append(("p", f"{year}年度{org}“三公”经费财政拨款支出{rng.uniform(1, 80):.2f}万元，"
                            f"机关运行经费支出{rng.uniform(10, 300):.2f}万元，政府采购支出总额{rng.uniform(10, 900):.2f}万元。"))
        issued = None
    cfg = dict(name=name, body=body, head=head, table=body, shade=rng.choice(SHADES) if rng.random() < 0.4 else None,
               brackets="full", producer="html" if rng.random() < 0.6 else "docx", body_size="15pt",
               table_size="10.5pt", margins=[2.6, 2.4, 2.4, 2.6], nfill=0, hrules=rng.random() < 0.2,
               picture=None, landscape_t4=False, sign_org=True, kind=kind)
    doc = {"name": name, "kind": "not-a-report", "cfg": cfg, "blocks": blocks, "fill": [], "tables": tables,
           "report": {"title": "".join(blocks[0][1]), "organization": org, "year": year, "template": "unknown",
                      "issuedOn": issued},
           "sections": [], "features": ["not-a-report", "kind:" + kind], "data": {}, "failedChecks": [],
           "printed": {}}
    return doc


def draw(seed, i):
    name = f"fresh-{seed}-{i}"
    rng = random.Random(f"{seed}:{i}")
    # 15% non-reports, spread evenly over I (a golden-ratio sequence with a per-seed offset) so that
    # every run of K documents has about 0.15 K of them; still a function of (seed, I) alone
    u = (i * 0.6180339887498949 + random.Random(str(seed)).random()) % 1.0
    if u < 0.15:
        return draw_not_report(rng, name)
    return draw_report(rng, name)


# ----------------------------------------------------------------------------------------
# Truth
# ----------------------------------------------------------------------------------------

def classes_of(doc, layout):
    c = doc["cfg"]
    if doc["kind"] == "not-a-report":
        cl = ["not-a-report"]
    else:
        cl = []
        form = c["title_form"]
        cl += {"year-first": ["title-year-first"], "niandu": ["title-niandu"], "guanyu": ["title-guanyu"],
               "no-org": ["title-no-org"], "org-above": ["org-line-above-title"]}.get(form, [])
        if any(v in ZERO_MARKS for v in doc["printed"].values()):
            cl.append("zero-marks")
        if c["picture"]:
            cl.append("picture-table")
        if layout and layout.get("breaks"):
            cl.append("page-break-row")
        if c["landscape_t4"]:
            cl.append("landscape-t4")
    cl.append("producer-" + c["producer"])
    if c["hrules"]:
        cl.append("h-rules-only")
    return cl


def truth_json(doc, layout=None):
    t = {"file": doc["name"] + ".pdf", "report": doc["report"], "sections": doc["sections"],
         "features": doc["features"], "data": doc["data"], "failedChecks": doc["failedChecks"],
         "classes": classes_of(doc, layout)}
    if doc["kind"] == "not-a-report":
        t["notAReport"] = True
    if layout is not None:
        t["pageBreaks"] = layout.get("breaks", [])
    return t


def write_truth(doc, outdir, layout=None):
    path = os.path.join(outdir, doc["name"] + ".truth.json")
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        json.dump(truth_json(doc, layout), f, ensure_ascii=False, indent=2)
        f.write("\n")
    os.replace(path + ".tmp", path)


# ----------------------------------------------------------------------------------------
# Table grids (producer-neutral): (rows, cols, cells) with cells (r, c, rowspan, colspan, text, kind)
# kind: 'h' header, 'l' label, 'f' figure.  Text may hold '\n' (line breaks).
# ----------------------------------------------------------------------------------------

def grid_t2(doc):
    c, P = doc["cfg"], doc["printed"]
    bmode = "half" if c["brackets"] in ("half", "mixed") else "full"
    cells, r, keys = [], 0, []
    for art, header, rows in doc["t2form"]:
        cells.append((r, 0, 1, 4, gc.conv_brackets(f"第二十条第{art}项", bmode).replace(") 项", ")项"), "h"))
        keys.append(("art", art))
        r += 1
        for j, h in enumerate(header):
            span = 4 - len(header) + 1 if j == len(header) - 1 else 1
            cells.append((r, j, 1, span, h, "h"))
        keys.append(("hdr", art))
        r += 1
        for label, item, fields in rows:
            lab = "规 章" if c.get("stray") and label == "规章" else label
            cells.append((r, 0, 1, 1, lab, "l"))
            for j, f in enumerate(fields):
                span = 4 - len(fields) if j == len(fields) - 1 else 1
                cells.append((r, 1 + j, 1, span, P[f"activeDisclosure.{item}.{f}"], "f"))
            keys.append(("item", item))
            r += 1
    return r, 4, cells, keys


def grid_t3(doc):
    c, P = doc["cfg"], doc["printed"]
    bmode = "half" if c["brackets"] in ("half", "mixed") else "full"
    L = {k: gc.conv_brackets(v, bmode) for k, v in gc.T3_LABEL.items()}
    G = {k: gc.conv_brackets(v, bmode) for k, v in gc.T3_GROUP.items()}
    note = gc.conv_brackets(gc.T3_NOTE, "half" if c["brackets"] == "half" else "full")
    colname = dict(gc.COL_LABEL)
    if c.get("stray"):
        colname.update(naturalPerson="自 然 人", commercialEnterprise="商业 企业")
    cells = [(0, 0, 3, 3, note, "h"), (0, 3, 1, 7, "申请人情况", "h"),
             (1, 3, 2, 1, colname["naturalPerson"], "h"), (1, 4, 1, 5, "法人或其他组织", "h"),
             (1, 9, 2, 1, colname["total"], "h")]
    cells += [(2, 4 + j, 1, 1, colname[k], "h") for j, k in enumerate(gc.COLS[1:6])]
    keys = ["header"] * 3
    r = 3

    def figs(row):
        for j, col in enumerate(gc.COLS):
            cells.append((r, 3 + j, 1, 1, P.get(f"applications.{row}.{col}", ""), "f"))
    for row in ("newReceived", "carriedOver"):
        cells.append((r, 0, 1, 3, L[row], "l"))
        figs(row)
        keys.append(row)
        r += 1
    other = doc["other_form"]
    nres = len(gc.result_rows(other)) + 1
    res = "\n".join(gc.T3_RESULTS) if c.get("vertical") else gc.T3_RESULTS
    cells.append((r, 0, nres, 1, res, "l"))
    for row in ("granted", "partiallyGranted"):
        cells.append((r, 1, 1, 2, L[row], "l"))
        figs(row)
        keys.append(row)
        r += 1
    groups = [("denied", gc.DENIED), ("unable", gc.UNABLE), ("notproc", gc.NOTPROC)]
    if other == "sub":
        groups.append(("othersub", gc.OTHERSUB))
    for gk, rows in groups:
        for j, row in enumerate(rows):
            if j == 0:
                cells.append((r, 1, len(rows), 1, G[gk], "l"))
            cells.append((r, 2, 1, 1, L[row], "l"))
            figs(row)
            keys.append(row)
            r += 1
    tail = (["otherHandling"] if other == "one" else []) + ["resultsTotal"]
    for row in tail:
        cells.append((r, 1, 1, 2, L[row], "l"))
        figs(row)
        keys.append(row)
        r += 1
    cells.append((r, 0, 1, 3, L["carriedForward"], "l"))
    figs("carriedForward")
    keys.append("carriedForward")
    return r + 1, 10, cells, keys


def grid_t4(doc):
    c, P = doc["cfg"], doc["printed"]

    def lab(s):
        if c.get("t4_stacked"):
            return "\n".join(s)
        return s[:2] + "\n" + s[2:] if len(s) == 4 else s
    cells = [(0, 0, 1, 5, "行政复议", "h"), (0, 5, 1, 10, "行政诉讼", "h")]
    cells += [(1, j, 2, 1, lab(gc.T4_FIELD_LABEL[f]), "h") for j, f in enumerate(gc.GFIELDS)]
    cells += [(1, 5, 1, 5, "未经复议直接起诉", "h"), (1, 10, 1, 5, "复议后起诉", "h")]
    cells += [(2, 5 + 5 * g + j, 1, 1, lab(gc.T4_FIELD_LABEL[f]), "h") for g in range(2) for j, f in enumerate(gc.GFIELDS)]
    cells += [(3, 5 * gi + j, 1, 1, P[f"reviewsAndLawsuits.{g}.{f}"], "f")
              for gi, g in enumerate(gc.GROUPS) for j, f in enumerate(gc.GFIELDS)]
    return 4, 15, cells, ["header"] * 3 + ["figures"]


def grid_plain(rows):
    cells = [(r, j, 1, 1, v, "h" if r == 0 else ("f" if re.match(r"^[\d.]+$", v) else "l"))
             for r, row in enumerate(rows) for j, v in enumerate(row)]
    return len(rows), len(rows[0]), cells, []


# ----------------------------------------------------------------------------------------
# HTML producer (gen_corpus.render_html + post-processing)
# ----------------------------------------------------------------------------------------

def page_css(c):
    t, r, b, l = c["margins"]
    return f"@page {{ size: 21cm 29.7cm; margin: {t}cm {r}cm {b}cm {l}cm }}"


def text_width_cm(c):
    return 21.0 - c["margins"][1] - c["margins"][3]


def hrules(html_text):
    return html_text.replace('border="1" ', 'border="1" frame="hsides" rules="rows" ')


def table_html(doc, kind):
    return {"table2": gc.render_t2, "table3": gc.render_t3, "table4": gc.render_t4}[kind](doc)


def picture_page_html(doc):
    """The picture table alone on a page (same fonts and text width), to be rasterised."""
    c = doc["cfg"]
    # table 三 in its compact form (pre-broken header labels, fixed widths) so that it fits one page
    t = table_html(dict(doc, cfg=dict(c, t3_page=True)) if c["picture"] == "table3" else doc, c["picture"])
    if c["hrules"]:
        t = hrules(t)
    css = page_css(dict(c, margins=[1.0, c["margins"][1], 1.0, c["margins"][3]]))
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style></head><body>'
            f"{t}</body></html>")


def report_html(doc, picture=None):
    c = doc["cfg"]
    h = gc.render_html(doc, c["nfill"], bool(c.get("t3_page")), False)
    h = re.sub(r"@page \{[^}]*\}", page_css(c).replace("\\", "\\\\"), h, count=1)
    if picture:
        path, w, hpx = picture
        t = table_html(doc, c["picture"])
        img = f'<p align="center" style="text-indent:0"><img src="{path}" width="{w}" height="{hpx}"></p>'
        assert t in h
        h = h.replace(t, img)
    if c["hrules"]:
        h = hrules(h)
    return h


def not_report_html(doc):
    c = doc["cfg"]
    body_f, head_f = gc.FONT_FAMILY[c["body"]], gc.FONT_FAMILY[c["head"]]
    css = (page_css(c) + f"\nbody {{ font-family: '{body_f}'; font-size: 15pt }}"
           "\np.b { text-indent: 30pt; margin: 0 0 2pt 0; line-height: 140%; text-align: justify }"
           "\np.l { margin: 0 0 2pt 0 }"
           f"\np.t {{ font-family: '{head_f}'; font-size: 20pt; text-align: center; margin: 0 }}"
           f"\np.h1 {{ font-family: '{head_f}'; text-indent: 30pt; margin: 6pt 0 4pt 0 }}"
           f"\np.hc {{ font-family: '{head_f}'; text-align: center; margin: 6pt 0 4pt 0 }}"
           "\np.s { text-align: right; margin: 0 }")
    parts = [f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style></head><body>']
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            parts += [f'<p class="t">{gc.esc(x)}</p>' for x in b[1]] + ['<p class="b">&nbsp;</p>']
        elif k == "title2":
            parts.append(f'<p class="t" style="page-break-before:always">{gc.esc(b[1])}</p><p class="b">&nbsp;</p>')
        elif k in ("p", "pl", "h1", "hc"):
            parts.append(f'<p class="{"b" if k == "p" else k}">{b[1]}</p>')
        elif k == "sign":
            parts.append(f'<p class="b">&nbsp;</p><p class="s">{gc.esc(b[1][0])}</p><p class="s">{gc.esc(b[1][1])}</p>')
        elif k == "tbl":
            rows = doc["tables"]["tbl"]
            t = [gc.table_open(c)]
            for r, row in enumerate(rows):
                t.append("<tr>" + "".join(gc.td(v, shade=c.get("shade") if r == 0 else None,
                                                align="left" if (r and not re.match(r"^[\d.]+$", v)) else "center")
                                          for v in row) + "</tr>")
            t.append("</table>")
            tt = gc.cell_style("\n".join(t), c)
            parts.append(hrules(tt) if c["hrules"] else tt)
    parts.append("</body></html>")
    return "\n".join(parts)


# ----------------------------------------------------------------------------------------
# DOCX producer (python-docx: real merged cells, fonts per run, w:shd shading, borders)
# ----------------------------------------------------------------------------------------

def docx_modules():
    try:
        import docx  # noqa: F401
    except ImportError:  # Debian's python3-docx when run by another interpreter
        sys.path.append("/usr/lib/python3/dist-packages")
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm, RGBColor  # noqa: F401
    return dict(docx=docx, WD_ORIENT=WD_ORIENT, WD_SECTION=WD_SECTION, WD_TABLE_ALIGNMENT=WD_TABLE_ALIGNMENT,
                VALIGN=WD_CELL_VERTICAL_ALIGNMENT, ALIGN=WD_ALIGN_PARAGRAPH, WD_BREAK=WD_BREAK,
                OxmlElement=OxmlElement, qn=qn, Pt=Pt, Cm=Cm)


def pt(s):
    return float(str(s).replace("pt", ""))


def write_docx(doc, path, picture=None):
    M = docx_modules()
    Pt, Cm, qn, OX, ALIGN = M["Pt"], M["Cm"], M["qn"], M["OxmlElement"], M["ALIGN"]
    c = doc["cfg"]
    d = M["docx"].Document()
    body_f, head_f, table_f = (gc.FONT_FAMILY[c["body"]], gc.FONT_FAMILY[c["head"]],
                               gc.FONT_FAMILY[c.get("table", c["body"])])
    bsize = pt(c.get("body_size", "15pt"))
    st = d.styles["Normal"]
    st.font.name = body_f
    st.font.size = Pt(bsize)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), body_f)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    t, r, b, l = c["margins"]
    sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = Cm(t), Cm(r), Cm(b), Cm(l)

    def run(p, text, font, size, bold=False):
        rn = p.add_run(text)
        rn.font.name = font
        rn.font.size = Pt(size)
        rn.bold = bold
        rpr = rn._element.get_or_add_rPr()
        rpr.get_or_add_rFonts().set(qn("w:eastAsia"), font)
        return rn

    def para(text, font=body_f, size=bsize, align=None, indent=True, bold=False, before=0, after=2,
             page_break=False):
        p = d.add_paragraph()
        pf = p.paragraph_format
        pf.space_before, pf.space_after = Pt(before), Pt(after)
        pf.line_spacing = 1.4 if indent else 1.0
        if indent:
            pf.first_line_indent = Pt(2 * size)
        if align:
            pf.alignment = align
        if page_break:
            pf.page_break_before = True
        for j, part in enumerate(re.split(r"</?b>", text)):
            if part:
                run(p, part.replace("&nbsp;", " "), font, size, bold or (j % 2 == 1))
        return p

    def shade(cell, colour):
        tcpr = cell._tc.get_or_add_tcPr()
        shd = OX("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), colour.lstrip("#").upper())
        tcpr.append(shd)

    def borders(table, hrules_only):
        tblpr = table._tbl.tblPr
        bd = OX("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OX(f"w:{side}")
            if hrules_only and side in ("left", "right", "insideV"):
                e.set(qn("w:val"), "nil")
            else:
                e.set(qn("w:val"), "single")
                e.set(qn("w:sz"), "8" if side in ("top", "bottom") and hrules_only else "4")
                e.set(qn("w:space"), "0")
                e.set(qn("w:color"), "000000")
            bd.append(e)
        tblpr.append(bd)

    def table(grid, size, widths):
        nr, nc, cells, _ = grid
        tb = d.add_table(rows=nr, cols=nc)
        tb.alignment = M["WD_TABLE_ALIGNMENT"].CENTER
        tb.autofit = False
        borders(tb, c["hrules"])
        # python-docx's cell lookup rescans the table every time: take every cell once, before merging
        # (regions are disjoint, so a corner is never inside an earlier merge)
        from docx.table import _Cell
        grid = [[_Cell(tc, tb) for tc in tr.tc_lst] for tr in tb._tbl.tr_lst]
        for j, w in enumerate(widths):
            tb.columns[j].width = Cm(w)  # w:gridCol, which LibreOffice lays the table out by
            for row in grid:
                row[j].width = Cm(w)
        for (r0, c0, rs, cs, text, kind) in cells:
            cell = grid[r0][c0]
            if rs > 1 or cs > 1:
                cell = cell.merge(grid[r0 + rs - 1][c0 + cs - 1])
            cell.vertical_alignment = M["VALIGN"].CENTER
            p = cell.paragraphs[0]
            p.paragraph_format.alignment = ALIGN.LEFT if (kind == "l" and "\n" not in text) else ALIGN.CENTER
            p.paragraph_format.space_after = Pt(0)
            for j, line in enumerate(text.split("\n")):
                rn = run(p, line, table_f, size)
                if j < text.count("\n"):
                    rn.add_break()
            if kind == "h" and c.get("shade"):
                shade(cell, c["shade"])
        return tb

    tw = text_width_cm(c)
    tsize = pt(c.get("table_size", "10pt"))

    def scaled(ws, width):
        s = width / sum(ws)
        return [w * s for w in ws]
    fills = {}
    for k, (pos, text) in enumerate(doc["fill"]):
        if k < c["nfill"]:
            fills.setdefault(pos, []).append(text)
    landscape = c.get("landscape_t4")
    for idx, blk in enumerate(doc["blocks"]):
        kind = blk[0]
        if kind == "orgline":
            para(blk[1], head_f, 17, ALIGN.CENTER, indent=False, after=8)
        elif kind == "title":
            for line in blk[1]:
                para(line, head_f, 20, ALIGN.CENTER, indent=False, after=0, bold=c.get("title_bold", False))
            para("", indent=False)
        elif kind == "title2":
            para(blk[1], head_f, 20, ALIGN.CENTER, indent=False, page_break=True)
            para("", indent=False)
        elif kind == "p":
            para(blk[1])
        elif kind == "pl":
            para(blk[1], indent=False)
        elif kind in ("h1", "hc"):
            brk = kind == "h1" and bool(c.get("t3_page")) and blk[1].startswith("三、")
            if kind == "h1" and landscape and blk[1].startswith("四、"):
                s = d.add_section(M["WD_SECTION"].NEW_PAGE)
                s.orientation = M["WD_ORIENT"].LANDSCAPE
                s.page_width, s.page_height = Cm(29.7), Cm(21)
                s.left_margin = s.right_margin = Cm(2.0)
                s.top_margin = s.bottom_margin = Cm(2.0)
            if kind == "h1" and landscape and blk[1].startswith("五、"):
                s = d.add_section(M["WD_SECTION"].NEW_PAGE)
                s.orientation = M["WD_ORIENT"].PORTRAIT
                s.page_width, s.page_height = Cm(21), Cm(29.7)
                s.top_margin, s.right_margin, s.bottom_margin, s.left_margin = Cm(t), Cm(r), Cm(b), Cm(l)
            para(blk[1], head_f, bsize, ALIGN.CENTER if kind == "hc" else None, indent=kind == "h1",
                 before=6, after=4, page_break=brk)
        elif kind == "h2":
            para(blk[1], gc.FONT_FAMILY[c["body"]], bsize, bold=True)
        elif kind in ("table2", "table3", "table4"):
            if picture and c["picture"] == kind:
                img, wcm = picture
                p = d.add_paragraph()
                p.paragraph_format.alignment = ALIGN.CENTER
                p.add_run().add_picture(img, width=Cm(wcm))
            elif kind == "table2":
                table(grid_t2(doc), tsize, scaled([4.5, 3.8, 3.8, 3.8], tw))
            elif kind == "table3":
                if c.get("vertical"):
                    ws = [0.8, 2.4, 5.6]
                elif c.get("narrow"):
                    ws = [1.2, 1.6, 3.6]
                else:
                    ws = [1.5, 2.2, 5.0]
                # figure columns wide enough for the longest figure on one line (cell margins 0.4 cm)
                longest = max([len(v) for k, v in doc["printed"].items() if k.startswith("applications.")] + [1])
                fig = max(1.1 if not c.get("narrow") else 1.3, longest * 0.6 * tsize * 0.0353 + 0.45)
                table(grid_t3(doc), tsize, scaled(ws, tw - 7 * fig) + [fig] * 7)
            else:
                table(grid_t4(doc), pt(c.get("t4_size", "9pt")), [(25.7 if landscape else tw) / 15] * 15)
        elif kind == "tbl":
            g = grid_plain(doc["tables"]["tbl"])
            table(g, tsize, [tw / g[1]] * g[1])
        elif kind == "sign":
            para("", indent=False)
            if blk[1][0]:
                para(blk[1][0], align=ALIGN.RIGHT, indent=False, after=0)
            para(blk[1][1], align=ALIGN.RIGHT, indent=False, after=0)
        for text in fills.get(idx + 1, []):
            para(text)
    d.save(path)


# ----------------------------------------------------------------------------------------
# LibreOffice conversion (one soffice start per batch; a profile per job)
# ----------------------------------------------------------------------------------------

def soffice_batch(paths, outdir, profile, html):
    """Convert paths to PDF in one soffice run; returns {path: pdf or None}."""
    if not paths:
        return {}
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless"]
    if html:
        cmd.append("--infilter=HTML (StarWriter)")
    cmd += ["--convert-to", "pdf", "--outdir", outdir] + paths
    try:
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120 + 30 * len(paths))
    except subprocess.TimeoutExpired:
        pass
    out = {}
    for p in paths:
        pdf = os.path.join(outdir, os.path.splitext(os.path.basename(p))[0] + ".pdf")
        out[p] = pdf if os.path.exists(pdf) and os.path.getsize(pdf) > 0 else None
    return out


def rasterise_table(pdf, dpi, fmt, stem):
    """First page of the table-alone PDF -> trimmed PNG/JPEG; returns (path, width px, height px)."""
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-png", "-singlefile", pdf, stem],
                   check=True, capture_output=True)
    out = stem + "." + fmt
    args = ["convert", stem + ".png", "-trim", "+repage", "-bordercolor", "white", "-border", "2"]
    if fmt == "jpg":
        args += ["-quality", "88"]
    subprocess.run(args + [out], check=True, capture_output=True)
    size = subprocess.run(["identify", "-format", "%w %h", out], check=True, capture_output=True).stdout.split()
    return out, int(size[0]), int(size[1])


# ----------------------------------------------------------------------------------------
# Layout detection (from the text layer)
# ----------------------------------------------------------------------------------------

def raw_pages(pdf):
    out = subprocess.run(["pdftotext", "-raw", pdf, "-"], check=True, capture_output=True).stdout.decode()
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return [norm(p) for p in pages]


def norm(s):
    s = re.sub(r"\s+", "", s)
    return s.replace("(", "（").replace(")", "）").replace(".", "．")


def t3_keys(doc):
    """Text that identifies each body row of table 三 (its own label, not a group's)."""
    def key(row):
        lab = norm(gc.T3_LABEL[row])
        lab = re.sub(r"^（[一二三四五六七八九十]）|^\d．", "", lab)
        return lab.split("（")[0][:8] if row != "otherOther" else "3．其他"
    keys = {}
    for row in gc.app_rows(doc["other_form"]):
        if doc["other_form"] == "sub" and row == "otherHandling":
            continue
        keys[row] = {"resultsTotal": "（七）总计", "newReceived": "本年新收", "carriedOver": "上年结转",
                     "carriedForward": "结转下年度"}.get(row) or key(row)
    return keys


def find_breaks(doc, pages):
    """[{table, page, row, rowKey}] for tables 二 and 三 that continue on the next page: the first
    grid row (0-based, header rows included) that is not on the page where the table starts."""
    breaks = []
    pic = doc["cfg"].get("picture")
    if pic != "table3":
        nr, _, _, rowkeys = grid_t3(doc)
        keys = t3_keys(doc)
        start = [i for i, p in enumerate(pages) if "申请人情况" in p or "勾稽" in p]
        if start:
            p0 = start[0]
            cut = min(x for x in (pages[p0].find("勾稽"), pages[p0].find("申请人情况")) if x >= 0)
            first = pages[p0][cut:]
            body = [(i, k) for i, k in enumerate(rowkeys) if k != "header"]
            if "自然人" not in first or "法人或其他组织" not in first:
                breaks.append({"table": "t3", "page": p0 + 2, "row": 1, "rowKey": "header"})
            else:
                missing = [(i, k) for i, k in body if keys[k] not in first]
                if missing and p0 + 1 < len(pages):
                    i, k = missing[0]
                    nxt = pages[p0 + 1]
                    br = {"table": "t3", "page": p0 + 2, "row": i, "rowKey": k}
                    if keys[k] not in nxt:
                        br["rowBroken"] = True  # the row itself is cut by the page break
                    breaks.append(br)
    if pic != "table2":
        nr, _, _, rowkeys = grid_t2(doc)
        start = [i for i, p in enumerate(pages) if "第二十条第" in p]
        if start:
            p0 = start[0]
            first = pages[p0][pages[p0].find("第二十条第"):]
            n_art = first.count("第二十条第")
            n_hdr = first.count("信息内容")
            labels = {"regulations": "规章", "normativeDocuments": "规范性文件", "licensing": "行政许可",
                      "otherExternalServices": "其他对外管理服务", "punishment": "行政处罚", "enforcement": "行政强制",
                      "administrativeFees": "事业性收费", "centralizedProcurement": "集中采购"}
            arts = hdrs = 0
            for i, (kind, k) in enumerate(rowkeys):
                if kind == "art":
                    arts += 1
                    on = arts <= n_art
                elif kind == "hdr":
                    hdrs += 1
                    on = hdrs <= n_hdr
                else:
                    lab = labels[k]
                    on = lab in first.replace("行政规范性文件", "规范性文件")
                if not on:
                    if p0 + 1 < len(pages):
                        breaks.append({"table": "t2", "page": p0 + 2, "row": i,
                                       "rowKey": k if kind == "item" else f"{kind}:{k}"})
                    break
    return breaks


def detect(doc, pdf):
    pages = gc.page_texts(pdf)
    lay = gc.detect_layout(doc, pages) if doc["kind"] != "not-a-report" else {"t2": False, "t3": False, "t4": False}
    pic = doc["cfg"].get("picture")
    if pic:  # a picture has no text: it cannot be detected as split, and it is never split (an image)
        lay[{"table2": "t2", "table3": "t3", "table4": "t4"}[pic]] = False
    breaks = find_breaks(doc, raw_pages(pdf)) if doc["kind"] != "not-a-report" else []
    for b in breaks:
        lay[b["table"]] = True
    lay["breaks"] = breaks
    lay["pages"] = len(pages)
    return lay, pages


def missing_figures(doc, pages):
    pic = {"table2": "activeDisclosure", "table3": "applications", "table4": "reviewsAndLawsuits"}.get(
        doc["cfg"].get("picture"))
    d = dict(doc, printed={k: v for k, v in doc["printed"].items()
                           if k.split(".")[0] != pic and v not in ZERO_MARKS})
    return gc.check_figures_present(d, pages)


def finish_features(doc, lay):
    feats = [f for f in doc["features"] if not f.startswith("split") and not f.startswith("page-break-row")]
    for k in ("t2", "t3", "t4"):
        if lay.get(k):
            feats.append("split-" + k)
    if any(lay.get(k) for k in ("t2", "t3", "t4")):
        feats.append("split-table")
    for b in lay.get("breaks", []):
        feats.append(f"page-break-row-{b['table']}-{b['row']}")
    doc["features"] = feats


# ----------------------------------------------------------------------------------------
# Building a batch of documents (one job)
# ----------------------------------------------------------------------------------------

def build_batch(docs, outdir, job):
    """Render docs (truth already written). Returns {name: (ok, info)}."""
    tmp = tempfile.mkdtemp(prefix=f"gen_layouts_{job}_")
    profile = os.path.join(tmp, "lo_profile")
    results = {}
    try:
        # 1. pictures: each picture table alone on a page, rasterised and trimmed
        pics = {}
        pic_html = []
        for d in docs:
            if d["cfg"].get("picture"):
                p = os.path.join(tmp, d["name"] + ".pic.html")
                with open(p, "w", encoding="utf-8") as f:
                    f.write(picture_page_html(d))
                pic_html.append(p)
        conv = soffice_batch(pic_html, tmp, profile, True)
        for d in docs:
            if d["cfg"].get("picture"):
                p = os.path.join(tmp, d["name"] + ".pic.html")
                if not conv.get(p):
                    conv.update(soffice_batch([p], tmp, profile, True))  # retried once
                if conv.get(p):
                    pics[d["name"]] = rasterise_table(conv[p], d["cfg"]["picture_dpi"], d["cfg"]["picture_fmt"],
                                                      os.path.join(tmp, d["name"] + ".pic"))

        def sources(batch, attempt):
            html_in, docx_in = [], []
            for d in batch:
                c = d["cfg"]
                stem = os.path.join(tmp, f"{d['name']}.a{attempt}")
                if c.get("picture") and d["name"] not in pics:
                    continue
                pic = pics.get(d["name"])
                if c["producer"] == "docx":
                    wcm = text_width_cm(c) if not pic else min(text_width_cm(c), pic[1] / c["picture_dpi"] * 2.54)
                    write_docx(d, stem + ".docx", (pic[0], wcm) if pic else None)
                    docx_in.append(stem + ".docx")
                else:
                    with open(stem + ".html", "w", encoding="utf-8") as f:
                        if d["kind"] == "not-a-report":
                            f.write(not_report_html(d))
                        else:
                            picture = None
                            if pic:  # width: the text width at 96 px/in, or the picture's natural size if smaller
                                wpx = min(int(text_width_cm(c) / 2.54 * 96), int(pic[1] / c["picture_dpi"] * 96))
                                picture = (pic[0], wpx, int(wpx * pic[2] / pic[1]))
                            f.write(report_html(d, picture))
                    html_in.append(stem + ".html")
            res = soffice_batch(html_in, tmp, profile, True)
            res.update(soffice_batch(docx_in, tmp, profile, False))
            return {os.path.basename(k).split(".a")[0]: v for k, v in res.items()}

        made = sources(docs, 1)
        # retry (once) what LibreOffice did not make, and reports meant to break a table over a page
        # that did not, with another amount of filler text
        layouts = {}
        again = []
        for d in docs:
            pdf = made.get(d["name"])
            if pdf:
                layouts[d["name"]] = detect(d, pdf)
                if d["kind"] != "not-a-report" and d["cfg"].get("want_break") and not layouts[d["name"]][0]["breaks"] \
                        and len(d["fill"]):
                    c = d["cfg"]
                    c["nfill"] = (c["nfill"] + 1 + len(d["fill"]) // 2) % (len(d["fill"]) + 1)
                    again.append(d)
            else:
                again.append(d)
        if again:
            made2 = sources(again, 2)
            for d in again:
                pdf = made2.get(d["name"])
                if pdf:
                    lay2 = detect(d, pdf)
                    if d["name"] not in made or lay2[0]["breaks"]:
                        made[d["name"]] = pdf
                        layouts[d["name"]] = lay2
        for d in docs:
            pdf = made.get(d["name"])
            if not pdf:
                results[d["name"]] = (False, "LibreOffice made no PDF (twice)")
                continue
            lay, pages = layouts[d["name"]]
            shutil.copy(pdf, os.path.join(outdir, d["name"] + ".pdf"))
            if d["kind"] != "not-a-report":
                finish_features(d, lay)
            write_truth(d, outdir, lay)
            miss = missing_figures(d, pages) if d["kind"] != "not-a-report" else []
            results[d["name"]] = (not miss, {"layout": lay, "missing": miss})
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return results


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--jobs", type=int, default=1, help="LibreOffice conversions run in parallel")
    args = ap.parse_args(argv)
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    t0 = time.time()
    docs = [draw(args.seed, i) for i in range(1, args.count + 1)]
    for d in docs:  # truth first: figures and report fields do not depend on the rendering
        write_truth(d, out)
    jobs = max(1, min(args.jobs, len(docs)))
    chunks = [docs[j::jobs] for j in range(jobs)]
    results = {}
    with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
        for r in ex.map(lambda jc: build_batch(jc[1], out, jc[0]), enumerate(chunks)):
            results.update(r)
    bad = 0
    for d in docs:
        ok, info = results[d["name"]]
        t = json.load(open(os.path.join(out, d["name"] + ".truth.json"), encoding="utf-8"))
        line = f"{d['name']}: {', '.join(t['classes'])}"
        if not ok:
            bad += 1
            line += "  FAILED: " + (info if isinstance(info, str) else "figures missing from the text layer "
                                    + str(info["missing"][:4]))
        print(line, flush=True)
    print(f"{len(docs)} documents in {time.time() - t0:.1f} s", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

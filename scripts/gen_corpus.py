#!/usr/bin/env python3
"""Generate the nianbao test corpus: born-digital PDFs of 政府信息公开工作年度报告 with truth JSON.

Usage:  scripts/gen-corpus [--only NAME] [--out testdata] [--list]

How it works
------------
Truth first, then render.  For every document the generator
  1. picks the truth (figures, organisation, year, dates, layout options) with
     ``random.Random(seed)`` of that document only, so documents are independent
     and regeneration is deterministic;
  2. decides how every figure is *printed* (blank for zero, ``件``/``万元``/``亿元`` units);
  3. computes the failed arithmetic checks on the truth with its own check code
     (:func:`run_checks`, independent of the Java extractor);
  4. renders HTML with real rowspan/colspan tables and converts it with LibreOffice
     Writer (``--infilter="HTML (StarWriter)"``), retrying with more or fewer filler
     paragraphs in section 一 (and, for ``t3_page`` documents, a page break before
     section 三 / 四) until the wanted page breaks happen (split tables);
  5. writes ``<name>.pdf`` and ``<name>.truth.json``; features that depend on the
     rendering (``split-t3`` …) are detected from ``pdftotext`` output, not assumed.

The five seed reports (``testdata/seeds/source/seed-NNN.txt``, text dumps of real
reports) are rebuilt the same way; their truth is typed by hand from the seed text
(``SEED_TRUTH`` below), never generated.

Adding a variant
----------------
Append a dict to ``BORN_DIGITAL`` (name, seed, org, year, template, scale, and any
layout options documented in :func:`make_doc`; missing options are chosen by the
document's rng).  Run ``scripts/gen-corpus --only <name>``, look at the PDF, commit the
PDF and its truth.  Add a new feature string to ``FEATURE_DOC`` so the README explains it.

For scanned variants, :func:`corpus_documents` returns (name, pdf path, truth path)
for every document; ``scripts/gen-scans`` rasterises those.
"""
import argparse
import copy
import html
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ----------------------------------------------------------------------------------------
# Model constants (keys from shared/spec/canonical-model.md)
# ----------------------------------------------------------------------------------------
COLS = ["naturalPerson", "commercialEnterprise", "researchInstitution",
        "publicInterestOrganization", "legalServiceAgency", "other", "total"]
SIX = COLS[:6]
DENIED = ["deniedStateSecret", "deniedProhibitedByLaw", "deniedThreeSafetiesOneStability",
          "deniedThirdPartyRights", "deniedInternalAffairs", "deniedProcessInformation",
          "deniedEnforcementFile", "deniedQueryMatter"]
UNABLE = ["unableNotHeld", "unableNeedsCreation", "unableStillUnclear"]
NOTPROC = ["notProcessedPetition", "notProcessedRepeated", "notProcessedPublication",
           "notProcessedExcessive", "notProcessedConfirmation"]
OTHERSUB = ["otherOverdueCorrection", "otherOverdueFee", "otherOther"]
GROUPS = ["administrativeReview", "lawsuitDirect", "lawsuitAfterReview"]
GFIELDS = ["upheld", "corrected", "other", "pending", "total"]


def app_rows(other_form):
    """Row keys of table 三 in truth order. other_form: 'sub' (three printed sub-rows) or 'one'."""
    rows = ["newReceived", "carriedOver", "granted", "partiallyGranted"] + DENIED + UNABLE + NOTPROC
    rows += (OTHERSUB + ["otherHandling"]) if other_form == "sub" else ["otherHandling"]
    return rows + ["resultsTotal", "carriedForward"]


def result_rows(other_form):
    rows = ["granted", "partiallyGranted"] + DENIED + UNABLE + NOTPROC
    return rows + (OTHERSUB if other_form == "sub" else ["otherHandling"])


# Labels of table 三 (full-width brackets; converted per document)
T3_LABEL = {
    "newReceived": "一、本年新收政府信息公开申请数量",
    "carriedOver": "二、上年结转政府信息公开申请数量",
    "granted": "（一）予以公开",
    "partiallyGranted": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "deniedStateSecret": "1．属于国家秘密",
    "deniedProhibitedByLaw": "2．其他法律行政法规禁止公开",
    "deniedThreeSafetiesOneStability": "3．危及“三安全一稳定”",
    "deniedThirdPartyRights": "4．保护第三方合法权益",
    "deniedInternalAffairs": "5．属于三类内部事务信息",
    "deniedProcessInformation": "6．属于四类过程性信息",
    "deniedEnforcementFile": "7．属于行政执法案卷",
    "deniedQueryMatter": "8．属于行政查询事项",
    "unableNotHeld": "1．本机关不掌握相关政府信息",
    "unableNeedsCreation": "2．没有现成信息需要另行制作",
    "unableStillUnclear": "3．补正后申请内容仍不明确",
    "notProcessedPetition": "1．信访举报投诉类申请",
    "notProcessedRepeated": "2．重复申请",
    "notProcessedPublication": "3．要求提供公开出版物",
    "notProcessedExcessive": "4．无正当理由大量反复申请",
    "notProcessedConfirmation": "5．要求行政机关确认或重新出具已获取信息",
    "otherOverdueCorrection": "1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "otherOverdueFee": "2．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "otherOther": "3．其他",
    "otherHandling": "（六）其他处理",
    "resultsTotal": "（七）总计",
    "carriedForward": "四、结转下年度继续办理",
}
T3_GROUP = {"denied": "（三）不予公开", "unable": "（四）无法提供", "notproc": "（五）不予处理",
            "othersub": "（六）其他处理"}
T3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
T3_RESULTS = "三、本年度办理结果"
COL_LABEL = {"naturalPerson": "自然人", "commercialEnterprise": "商业企业", "researchInstitution": "科研机构",
             "publicInterestOrganization": "社会公益组织", "legalServiceAgency": "法律服务机构",
             "other": "其他", "total": "总计"}
T4_FIELD_LABEL = {"upheld": "结果维持", "corrected": "结果纠正", "other": "其他结果", "pending": "尚未审结",
                  "total": "总计"}

# Table 二 forms: list of blocks (article item, header cells, rows (label, item key, fields))
T2_GB2021 = [
    ("（一）", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
     [("规章", "regulations", ["issued", "repealed", "inForce"]),
      ("行政规范性文件", "normativeDocuments", ["issued", "repealed", "inForce"])]),
    ("（五）", ["信息内容", "本年处理决定数量"], [("行政许可", "licensing", ["decisions"])]),
    ("（六）", ["信息内容", "本年处理决定数量"],
     [("行政处罚", "punishment", ["decisions"]), ("行政强制", "enforcement", ["decisions"])]),
    ("（八）", ["信息内容", "本年收费金额（单位：万元）"],
     [("行政事业性收费", "administrativeFees", ["amountWanYuan"])]),
]
T2_GB2019 = [
    ("（一）", ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
     [("规章", "regulations", ["newlyMade", "newlyPublished", "totalPublished"]),
      ("规范性文件", "normativeDocuments", ["newlyMade", "newlyPublished", "totalPublished"])]),
    ("（五）", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
     [("行政许可", "licensing", ["previousItems", "change", "decisions"]),
      ("其他对外管理服务事项", "otherExternalServices", ["previousItems", "change", "decisions"])]),
    ("（六）", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
     [("行政处罚", "punishment", ["previousItems", "change", "decisions"]),
      ("行政强制", "enforcement", ["previousItems", "change", "decisions"])]),
    ("（八）", ["信息内容", "上一年项目数量", "本年增/减"],
     [("行政事业性收费", "administrativeFees", ["previousItems", "change"])]),
    ("（九）", ["信息内容", "采购项目数量", "采购总金额"],
     [("政府集中采购", "centralizedProcurement", ["projects", "amountWanYuan"])]),
]
# seed 003: GB2019 form, shortened (as printed in the seed)
T2_SEED003 = [
    ("(一)", ["信息内容", "本年新", "本年新", "对外公开总数量"],
     [("规章", "regulations", ["newlyMade", "newlyPublished", "totalPublished"]),
      ("规范性文件", "normativeDocuments", ["newlyMade", "newlyPublished", "totalPublished"])]),
    ("(五)", ["信息内容", "本年处理决定数量"], [("行政许可", "licensing", ["decisions"])]),
    ("(六)", ["信息内容", "本年处理决定数量"],
     [("行政处罚", "punishment", ["decisions"]), ("行政强制", "enforcement", ["decisions"])]),
    ("(八)", ["信息内容", "上一年项目数量", "本年增/减"],
     [("行政事业性收费", "administrativeFees", ["previousItems", "change"])]),
    ("(九)", ["信息内容", "采购项目数量", "采购总金额"],
     [("政府集中采购", "centralizedProcurement", ["projects", "amountWanYuan"])]),
]
T2_FIELDS_GB2021 = {"regulations": ["issued", "repealed", "inForce"],
                    "normativeDocuments": ["issued", "repealed", "inForce"],
                    "licensing": ["decisions"], "punishment": ["decisions"], "enforcement": ["decisions"],
                    "administrativeFees": ["amountWanYuan"]}
T2_FIELDS_GB2019 = {"regulations": ["newlyMade", "newlyPublished", "totalPublished"],
                    "normativeDocuments": ["newlyMade", "newlyPublished", "totalPublished"],
                    "licensing": ["previousItems", "change", "decisions"],
                    "otherExternalServices": ["previousItems", "change", "decisions"],
                    "punishment": ["previousItems", "change", "decisions"],
                    "enforcement": ["previousItems", "change", "decisions"],
                    "administrativeFees": ["previousItems", "change"],
                    "centralizedProcurement": ["projects", "amountWanYuan"]}
MONEY_FIELDS = {"amountWanYuan"}

FONT_FAMILY = {  # feature name -> fontconfig family used in the HTML
    "Noto Serif CJK SC": "Noto Serif CJK SC", "Noto Sans CJK SC": "Noto Sans CJK SC",
    "AR PL UMing": "AR PL UMing CN", "AR PL UKai": "AR PL UKai CN",
    "WenQuanYi Zen Hei": "WenQuanYi Zen Hei",
}

FEATURE_DOC = {
    "template:GB2021": "table 二 in the 国办公开办函〔2021〕30号 form",
    "template:GB2019": "table 二 in the 国办公开办函〔2019〕60号 form",
    "one-row-other": "GB2021 document whose （六）其他处理 is printed as one row (otherHandling printed)",
    "other-sub-rows": "（六）其他处理 printed as three sub-rows; otherHandling = their sum",
    "blank-as-zero": "some zero figures are printed as empty cells",
    "all-zero": "table 三 and 四 contain only zeros",
    "units": "units printed inside cells (件, 万元, 亿元)",
    "money-yi": "a money cell printed in 亿元",
    "negative-change": "negative 本年增/减 figures (GB2019)",
    "large-figures": "figures in the thousands / tens of thousands",
    "stray-spaces": "stray spaces inside labels (规 章, 自 然 人, 结果 维持 …)",
    "vertical-header": "三、本年度办理结果 printed one character per line in a narrow column",
    "stacked-t4-header": "table 四 headers stacked one character per line in narrow columns",
    "narrow-labels": "narrow label columns: long labels wrap over several lines",
    "two-row-t3-header": "table 三 header without the 法人或其他组织 row (seed 003)",
    "shaded-header": "header rows of the tables have a background colour",
    "split-table": "at least one table continues over a page break",
    "split-t2": "table 二 continues over a page break",
    "split-t3": "table 三 continues over a page break",
    "split-t4": "table 四 continues over a page break",
    "brackets:full": "full-width brackets （一）",
    "brackets:half": "half-width brackets (一)",
    "brackets:mixed": "full-width brackets in prose, half-width in tables (or mixed within)",
    "title-two-lines": "the title is printed on two lines",
    "org-line-above-title": "the organisation is printed on its own line above the title",
    "no-signature": "no signature block (issuedOn null)",
    "date-hanzi": "signature date in Chinese numerals (二〇二四年一月十八日)",
    "inconsistent": "printed figures deliberately do not add up (see failedChecks)",
    "table-font-differs": "tables use a different font from the body text",
    "seed": "rebuilt from a real report's text dump; truth typed by hand",
}

# ----------------------------------------------------------------------------------------
# Checks (independent of the Java extractor)
# ----------------------------------------------------------------------------------------

def run_checks(data, other_form):
    failed = []
    apps = data["applications"]
    for row in app_rows(other_form):
        r = apps[row]
        if r["total"] != sum(r[c] for c in SIX):
            failed.append({"rule": "applications.rowTotal", "scope": row})
    rr = result_rows(other_form)
    for c in COLS:
        if apps["resultsTotal"][c] != sum(apps[r][c] for r in rr):
            failed.append({"rule": "applications.results", "scope": c})
    for c in COLS:
        if apps["newReceived"][c] + apps["carriedOver"][c] != apps["resultsTotal"][c] + apps["carriedForward"][c]:
            failed.append({"rule": "applications.balance", "scope": c})
    for g in GROUPS:
        x = data["reviewsAndLawsuits"][g]
        if x["total"] != x["upheld"] + x["corrected"] + x["other"] + x["pending"]:
            failed.append({"rule": "reviewsAndLawsuits.total", "scope": g})
    return failed


# ----------------------------------------------------------------------------------------
# Truth generation
# ----------------------------------------------------------------------------------------

def money(s):
    """'159.7' -> (Decimal, json number)."""
    d = Decimal(s)
    return int(d) if d == d.to_integral_value() else float(d)


def distribute(rng, n, weights):
    """Multinomial split of n units over len(weights) bins."""
    out = [0] * len(weights)
    if n <= 0:
        return out
    tot = float(sum(weights))
    cum, acc = [], 0.0
    for w in weights:
        acc += w / tot
        cum.append(acc)
    for _ in range(n):
        x = rng.random()
        for i, c in enumerate(cum):
            if x <= c:
                out[i] += 1
                break
        else:
            out[-1] += 1
    return out


def gen_money(rng, lo, hi, decimals):
    v = rng.uniform(lo, hi)
    return "%.*f" % (decimals, v) if decimals else str(int(v))


def gen_t2(rng, template, scale, is_gov, printed_money):
    """Returns (activeDisclosure dict, money display strings by 'item.field')."""
    big = {"zero": 0, "small": 1, "medium": 2, "large": 3}[scale]
    ri = rng.randint
    money_str = {}
    if template == "GB2021":
        reg_in_force = ri(5, 60) if (is_gov and big >= 2) else 0
        reg_issued = ri(0, 3) if reg_in_force else 0
        ad = {
            "regulations": {"issued": reg_issued, "repealed": ri(0, 2) if reg_in_force else 0, "inForce": reg_in_force},
            "normativeDocuments": {"issued": [0, ri(0, 3), ri(1, 12), ri(3, 30)][big],
                                   "repealed": [0, ri(0, 1), ri(0, 5), ri(0, 15)][big],
                                   "inForce": [ri(0, 2), ri(2, 15), ri(10, 80), ri(40, 260)][big]},
            "licensing": {"decisions": [0, ri(0, 300), ri(200, 9000), ri(8000, 68000)][big]},
            "punishment": {"decisions": [0, ri(0, 60), ri(50, 4000), ri(2000, 45000)][big]},
            "enforcement": {"decisions": [0, ri(0, 8), ri(0, 300), ri(100, 2500)][big]},
        }
        if big == 0 or rng.random() < 0.3:
            fee = "0"
        else:
            fee = gen_money(rng, [0, 0.5, 10, 100][big], [0, 40, 900, 9000][big], rng.choice([0, 1, 2, 2, 4]))
        money_str["administrativeFees.amountWanYuan"] = fee
        ad["administrativeFees"] = {"amountWanYuan": money(fee)}
    else:
        def trio(lo, hi, dec_hi):
            prev = ri(lo, hi)
            return {"previousItems": prev, "change": ri(-min(prev, dec_hi), dec_hi // 2) if prev else ri(0, 2),
                    "decisions": ri(0, 3) if prev == 0 else ri(prev, prev * [1, 20, 60, 150][big])}
        ad = {
            "regulations": {"newlyMade": 0, "newlyPublished": 0, "totalPublished": 0},
            "normativeDocuments": {"newlyMade": [0, ri(0, 3), ri(1, 15), ri(5, 30)][big],
                                   "newlyPublished": 0, "totalPublished": 0},
            "licensing": trio(*[(0, 0, 0), (2, 20, 3), (20, 150, 10), (150, 600, 30)][big]),
            "otherExternalServices": trio(*[(0, 0, 0), (0, 15, 3), (10, 120, 10), (80, 300, 25)][big]),
            "punishment": trio(*[(0, 0, 0), (5, 80, 6), (50, 600, 30), (500, 2500, 60)][big]),
            "enforcement": trio(*[(0, 0, 0), (0, 10, 2), (5, 80, 8), (30, 400, 25)][big]),
        }
        if is_gov and big >= 2:
            ad["regulations"] = {"newlyMade": ri(0, 4), "newlyPublished": 0, "totalPublished": ri(10, 120)}
            ad["regulations"]["newlyPublished"] = ad["regulations"]["newlyMade"]
        nd = ad["normativeDocuments"]
        nd["newlyPublished"] = nd["newlyMade"]
        nd["totalPublished"] = nd["newlyMade"] + [ri(0, 2), ri(0, 10), ri(10, 60), ri(30, 200)][big]
        fprev = [0, ri(0, 4), ri(2, 20), ri(10, 80)][big]
        ad["administrativeFees"] = {"previousItems": fprev, "change": ri(-min(fprev, 5), 1) if fprev else 0}
        projects = [0, ri(0, 10), ri(5, 120), ri(300, 3000)][big]
        if projects == 0:
            amt = "0"
        elif big == 3 and printed_money == "yi":
            amt = gen_money(rng, 5, 80, 2)  # printed in 亿元
            money_str["centralizedProcurement.amountWanYuan"] = amt + "亿元"
            ad["centralizedProcurement"] = {"projects": projects,
                                            "amountWanYuan": money(str(Decimal(amt) * 10000))}
            return ad, money_str
        else:
            amt = gen_money(rng, projects * 3, projects * 60, rng.choice([2, 4, 6]))
        money_str["centralizedProcurement.amountWanYuan"] = amt
        ad["centralizedProcurement"] = {"projects": projects, "amountWanYuan": money(amt)}
    return ad, money_str


def gen_t3(rng, scale, other_form):
    n = {"zero": 0, "small": rng.randint(1, 25), "medium": rng.randint(30, 300),
         "large": rng.randint(300, 2400)}[scale]
    colw = [rng.uniform(0.6, 0.95), rng.uniform(0.03, 0.3), rng.uniform(0, 0.02), rng.uniform(0, 0.02),
            rng.uniform(0, 0.04), rng.uniform(0, 0.1)]
    new = distribute(rng, n, colw)
    carried = [distribute(rng, 1, [1])[0] * 0 for _ in SIX]
    if scale != "zero" and rng.random() < 0.6:
        carried = distribute(rng, rng.randint(1, max(1, n // 12)), colw)
    rows = result_rows(other_form)
    base_w = {"granted": 0.45, "partiallyGranted": 0.08,
              "deniedStateSecret": 0.003, "deniedProhibitedByLaw": 0.008, "deniedThreeSafetiesOneStability": 0.004,
              "deniedThirdPartyRights": 0.01, "deniedInternalAffairs": 0.01, "deniedProcessInformation": 0.015,
              "deniedEnforcementFile": 0.01, "deniedQueryMatter": 0.01,
              "unableNotHeld": 0.16, "unableNeedsCreation": 0.03, "unableStillUnclear": 0.02,
              "notProcessedPetition": 0.05, "notProcessedRepeated": 0.04, "notProcessedPublication": 0.01,
              "notProcessedExcessive": 0.01, "notProcessedConfirmation": 0.01,
              "otherOverdueCorrection": 0.03, "otherOverdueFee": 0.004, "otherOther": 0.03,
              "otherHandling": 0.064}
    apps = {r: {c: 0 for c in COLS} for r in app_rows(other_form)}
    for i, c in enumerate(SIX):
        avail = new[i] + carried[i]
        fwd = 0
        if avail and rng.random() < 0.35:
            fwd = rng.randint(0, max(0, avail // 10))
        res = avail - fwd
        split = distribute(rng, res, [base_w[r] for r in rows])
        for r, v in zip(rows, split):
            apps[r][c] = v
        apps["newReceived"][c] = new[i]
        apps["carriedOver"][c] = carried[i]
        apps["carriedForward"][c] = fwd
        apps["resultsTotal"][c] = res
    if other_form == "sub":
        for c in SIX:
            apps["otherHandling"][c] = sum(apps[r][c] for r in OTHERSUB)
    for r in apps:
        apps[r]["total"] = sum(apps[r][c] for c in SIX)
    return apps


def gen_t4(rng, scale):
    hi = {"zero": 0, "small": 2, "medium": 6, "large": 30}[scale]
    out = {}
    for g in GROUPS:
        h = hi if g != "lawsuitAfterReview" else hi // 2
        vals = [rng.randint(0, h) if rng.random() < 0.7 else 0 for _ in range(4)]
        if g != "administrativeReview" and scale != "large":
            vals[1] = 0
        out[g] = dict(zip(GFIELDS[:4], vals))
        out[g]["total"] = sum(vals)
    return out


# ----------------------------------------------------------------------------------------
# Prose
# ----------------------------------------------------------------------------------------

def prose_pools(rng, org, year, apps_total):
    ri = rng.randint
    N = apps_total["newReceived"]["total"]
    C = apps_total["carriedOver"]["total"]
    subs = {
        "主动公开情况": [
            f"{year}年，{org}通过政府门户网站、政务新媒体等渠道主动公开各类政府信息{ri(40, 2600)}条，其中机构职能类{ri(3, 30)}条、政策文件类{ri(5, 120)}条、工作动态类{ri(20, 900)}条。",
            "围绕优化营商环境、乡村振兴、民生保障等重点领域，及时发布政策措施和执行落实情况，做到应公开尽公开。",
            f"坚持政策文件与解读材料同步起草、同步审签、同步发布，全年发布政策解读{ri(2, 60)}篇，其中图解、视频等多样化解读{ri(1, 20)}篇。",
            "及时更新财政预决算、“三公”经费、重大建设项目等法定主动公开内容，确保信息准确、完整、及时。",
            f"通过新闻发布会、在线访谈等形式回应社会关切{ri(2, 40)}次，有效引导社会预期。",
            "对涉及群众切身利益的重要决策事项，在作出决定前通过网站征集意见，广泛听取公众意见建议。",
        ],
        "依申请公开情况": [
            (f"{year}年，{org}共收到政府信息公开申请{N}件，上年结转{C}件，均在法定期限内依法作出答复。" if N + C
             else f"{year}年，{org}未收到政府信息公开申请，无上年结转申请。"),
            "进一步规范依申请公开受理、登记、审核、答复等工作流程，严格落实答复文书法制审核制度，确保答复内容合法、规范、准确。",
            "畅通网上申请、信函申请、当面申请等受理渠道，为申请人提供便捷高效的服务。",
            "加强与申请人的沟通，准确把握申请人的实际需求，努力做到答复一件、满意一件。",
            "建立依申请公开工作台账，对每一件申请实行全流程跟踪管理，做到件件有登记、件件有回音。",
        ],
        "政府信息管理情况": [
            "严格落实信息发布“三审三校”制度，坚持先审查、后公开和一事一审原则，全年未发生泄密和错敏信息事件。",
            "按照规定开展规范性文件清理工作，对现行有效的规范性文件实行动态更新并在网站集中公开。",
            "持续完善政府信息公开指南和公开目录，动态调整主动公开基本目录，方便公众查询。",
            "建立健全政府信息公开属性源头认定机制，公文在拟制时即明确公开属性，不予公开的说明理由。",
            "加强政务公开档案管理，对已公开信息按照年度分类归档，确保有据可查。",
        ],
        "政府信息公开平台建设情况": [
            f"持续加强政府网站建设，优化政府信息公开专栏的栏目设置，全年网站访问量约{ri(2, 180)}万人次。",
            f"依托政务微信公众号、政务微博等新媒体平台，全年推送各类信息{ri(30, 1600)}条，进一步扩大政务公开覆盖面。",
            "在政务服务大厅设立政府信息公开查阅点，配备查阅设备和专人引导，方便群众就近查阅。",
            "落实网站安全防护责任，定期开展安全检测和内容巡查，确保平台安全稳定运行。",
            "推进政务公开专区规范化建设，提供政策咨询、办事指引等服务，打通服务群众“最后一公里”。",
        ],
        "监督保障情况": [
            "调整充实政务公开工作领导小组，主要负责同志亲自部署，分管负责同志具体抓，明确专人负责日常工作。",
            f"将政务公开工作纳入年度目标考核，组织开展政务公开业务培训{ri(1, 8)}次，参训人员{ri(15, 400)}人次。",
            "全年未发生因政府信息公开工作引发的责任追究情况。",
            "主动接受社会监督，认真对照第三方评估和上级通报指出的问题，逐项抓好整改落实。",
            "建立政务公开工作月调度制度，定期通报各科室信息报送情况，压实工作责任。",
        ],
    }
    return subs


LEADS = [
    "{year}年，{org}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》和上级关于政务公开工作的决策部署，以公开为常态、不公开为例外，持续提升政务公开标准化规范化水平。",
    "{year}年，{org}严格按照《中华人民共和国政府信息公开条例》要求，围绕中心工作，加大主动公开力度，规范依申请公开办理，不断增强政府工作透明度，切实保障人民群众的知情权、参与权、表达权和监督权。",
    "{year}年，在上级政务公开主管部门的指导下，{org}扎实推进决策、执行、管理、服务、结果公开，加强政策解读和回应关切，政务公开工作取得新成效。",
]
PROBLEMS = [
    "政策解读的形式还比较单一，图解、视频等群众喜闻乐见的解读形式运用不多",
    "信息公开的时效性有待进一步提高，个别栏目更新不够及时",
    "工作人员业务能力有待提升，对《条例》的理解和把握还不够深入",
    "主动公开的深度和广度与群众期待还有差距，基层政务公开标准化建设有待加强",
    "政务新媒体运营不够活跃，互动回应的及时性有待加强",
]
IMPROVES = [
    "加强业务培训，组织工作人员深入学习《条例》及相关规定，提高依法公开的能力和水平",
    "丰富政策解读形式，综合运用图表图解、音频视频、在线访谈等方式，提升解读质量",
    "健全信息发布审核机制，落实专人专岗，确保信息公开及时、准确、规范",
    "加大重点领域信息公开力度，持续做好与群众切身利益密切相关的信息公开",
    "强化平台管理，规范政府网站和政务新媒体运维，提升互动交流水平",
]
NUMS = "一二三四五六七八九十"


def hanzi_date(y, m, d):
    digits = "〇一二三四五六七八九"
    ys = "".join(digits[int(ch)] for ch in str(y))

    def small(n):
        if n < 10:
            return NUMS[n - 1]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + NUMS[n - 11]
        return NUMS[n // 10 - 1] + "十" + (NUMS[n % 10 - 1] if n % 10 else "")
    return f"{ys}年{small(m)}月{small(d)}日"


# ----------------------------------------------------------------------------------------
# Born-digital document list
# ----------------------------------------------------------------------------------------
# Options (all optional except name/seed/org/year/template/scale):
#   other: 'sub'|'one'   blanks: 'none'|'all'|'t3'|'some'   units: bool   money_yi: bool
#   body/head/table fonts (feature names of FONT_FAMILY)   shade: colour or None
#   stray, vertical, narrow, t4_stacked: bool   brackets: 'full'|'half'|'mixed'
#   split: dict of wanted splits {'t2':bool,'t3':bool,'t4':bool}
#   t3_page: bool (default: split['t3'] is False) — page break before section 三 and a compact table 三
#     (9pt, pre-broken header labels, COLS-fixed column widths) that fits on that page; t3_size, t3_fig_px tune it
#   t4_size: table 四 font size (default 9–10.5pt chosen from the name)
#   title: 'one'|'two'|'org-above'   sign: 'date'|'hanzi'|'none'   inconsistent: None|'granted'|
#   'resultsTotal'|'review'|'newReceived'   is_gov: bool (has 规章)
BORN_DIGITAL = [
    dict(name="gb2021-01", seed=101, org="南通市崇川区人民政府", year=2023, template="GB2021", scale="large",
         is_gov=True, other="sub", blanks="none", body="Noto Serif CJK SC", head="WenQuanYi Zen Hei",
         table="Noto Serif CJK SC", shade="#d9d9d9", brackets="full", split={"t3": True}, title="one"),
    dict(name="gb2021-02", seed=102, org="宜昌市生态环境局", year=2022, template="GB2021", scale="medium",
         other="sub", blanks="t3", body="AR PL UMing", head="Noto Sans CJK SC", table="AR PL UMing",
         shade=None, brackets="half", split={"t3": False}, title="org-above", units=True),
    dict(name="gb2021-03", seed=103, org="绵阳市涪城区教育局", year=2023, template="GB2021", scale="small",
         other="one", blanks="none", body="AR PL UKai", head="WenQuanYi Zen Hei", table="Noto Sans CJK SC",
         shade="#e7e6e6", brackets="mixed", split={"t3": True}, title="two", stray=True),
    dict(name="gb2021-04", seed=104, org="赣州市市场监督管理局", year=2024, template="GB2021", scale="large",
         other="sub", blanks="some", body="Noto Serif CJK SC", head="Noto Sans CJK SC", table="AR PL UMing",
         shade="#dbe5f1", brackets="full", split={"t3": False}, title="one", units=True, vertical=True,
         inconsistent="granted"),
    dict(name="gb2021-05", seed=105, org="长沙县人民政府", year=2021, template="GB2021", scale="large",
         is_gov=True, other="sub", blanks="none", body="AR PL UMing", head="WenQuanYi Zen Hei",
         table="AR PL UMing", shade=None, brackets="half", split={"t3": True}, title="one", narrow=True),
    dict(name="gb2021-06", seed=106, org="潍坊市寒亭区住房和城乡建设局", year=2022, template="GB2021",
         scale="small", other="one", blanks="all", body="Noto Serif CJK SC", head="Noto Serif CJK SC",
         table="Noto Serif CJK SC", shade=None, brackets="full", split={"t3": False}, title="two",
         sign="hanzi"),
    dict(name="gb2021-07", seed=107, org="嘉兴市南湖区东栅街道办事处", year=2023, template="GB2021",
         scale="zero", other="sub", blanks="none", body="AR PL UKai", head="AR PL UKai", table="AR PL UKai",
         shade="#d9d9d9", brackets="full", split={"t3": True}, title="one"),
    dict(name="gb2021-08", seed=108, org="洛阳市自然资源和规划局", year=2023, template="GB2021", scale="medium",
         other="sub", blanks="none", body="Noto Serif CJK SC", head="WenQuanYi Zen Hei", table="Noto Sans CJK SC",
         shade="#d9d9d9", brackets="mixed", split={"t3": False, "t2": True}, title="org-above", units=True),
    dict(name="gb2021-09", seed=109, org="桂林市临桂区卫生健康局", year=2021, template="GB2021", scale="small",
         other="sub", blanks="some", body="AR PL UMing", head="Noto Sans CJK SC", table="AR PL UKai",
         shade=None, brackets="half", split={"t3": True}, title="one", stray=True, vertical=True),
    dict(name="gb2021-10", seed=110, org="遵义市红花岗区人民政府", year=2022, template="GB2021", scale="medium",
         is_gov=True, other="one", blanks="none", body="Noto Serif CJK SC", head="Noto Sans CJK SC",
         table="Noto Serif CJK SC", shade="#e7e6e6", brackets="full", split={"t3": False, "t4": True},
         title="one", inconsistent="resultsTotal"),
    dict(name="gb2021-11", seed=111, org="大理市农业农村局", year=2024, template="GB2021", scale="zero",
         other="sub", blanks="all", body="AR PL UKai", head="WenQuanYi Zen Hei", table="AR PL UMing",
         shade=None, brackets="full", split={"t3": False}, title="one", sign="none"),
    dict(name="gb2021-12", seed=112, org="太原市小店区医疗保障局", year=2022, template="GB2021", scale="zero",
         other="one", blanks="none", body="Noto Serif CJK SC", head="Noto Serif CJK SC", table="AR PL UKai",
         shade="#d9d9d9", brackets="half", split={"t3": True}, title="two", t4_stacked=True),
    dict(name="gb2021-13", seed=113, org="呼和浩特市公安局", year=2023, template="GB2021", scale="large",
         other="sub", blanks="t3", body="AR PL UMing", head="Noto Sans CJK SC", table="Noto Sans CJK SC",
         shade="#dbe5f1", brackets="full", split={"t3": True}, title="one", units=True, narrow=True),
    dict(name="gb2021-14", seed=114, org="芜湖市镜湖区司法局", year=2024, template="GB2021", scale="small",
         other="sub", blanks="none", body="Noto Serif CJK SC", head="WenQuanYi Zen Hei", table="Noto Serif CJK SC",
         shade=None, brackets="mixed", split={"t3": False}, title="org-above", stray=True),
    dict(name="gb2021-15", seed=115, org="晋江市交通运输局", year=2021, template="GB2021", scale="medium",
         other="sub", blanks="some", body="AR PL UKai", head="Noto Sans CJK SC", table="AR PL UMing",
         shade="#e7e6e6", brackets="full", split={"t3": True}, title="one", vertical=True, t4_stacked=True,
         inconsistent="review"),
    dict(name="gb2021-16", seed=116, org="兰州市城关区民政局", year=2023, template="GB2021", scale="small",
         other="one", blanks="t3", body="Noto Serif CJK SC", head="Noto Sans CJK SC", table="Noto Serif CJK SC",
         shade=None, brackets="full", split={"t3": False}, title="one", units=True),
    dict(name="gb2021-17", seed=117, org="哈尔滨市道里区人力资源和社会保障局", year=2024, template="GB2021",
         scale="medium", other="sub", blanks="none", body="AR PL UMing", head="WenQuanYi Zen Hei",
         table="WenQuanYi Zen Hei", shade="#d9d9d9", brackets="half", split={"t3": True}, title="two"),
    dict(name="gb2019-01", seed=201, org="九江市人民政府办公室", year=2019, template="GB2019", scale="large",
         is_gov=True, other="one", blanks="none", body="Noto Serif CJK SC", head="WenQuanYi Zen Hei",
         table="Noto Serif CJK SC", shade="#d9d9d9", brackets="full", split={"t3": True}, title="org-above",
         units=True, money_yi=True, inconsistent="newReceived"),
    dict(name="gb2019-02", seed=202, org="昆明市五华区财政局", year=2020, template="GB2019", scale="medium",
         other="one", blanks="t3", body="AR PL UMing", head="Noto Sans CJK SC", table="AR PL UMing",
         shade=None, brackets="half", split={"t3": False}, title="one", stray=True),
    dict(name="gb2019-03", seed=203, org="银川市兴庆区人民政府", year=2020, template="GB2019", scale="large",
         is_gov=True, other="one", blanks="some", body="AR PL UKai", head="WenQuanYi Zen Hei",
         table="Noto Sans CJK SC", shade="#e7e6e6", brackets="mixed", split={"t3": True, "t2": True},
         title="two", vertical=True, units=True),
    dict(name="gb2019-04", seed=204, org="麻城市统计局", year=2019, template="GB2019", scale="zero",
         other="one", blanks="all", body="Noto Serif CJK SC", head="Noto Serif CJK SC", table="AR PL UKai",
         shade=None, brackets="full", split={"t3": False}, title="one", t4_stacked=True),
    dict(name="gb2019-05", seed=205, org="株洲市应急管理局", year=2020, template="GB2019", scale="small",
         other="one", blanks="none", body="AR PL UMing", head="Noto Sans CJK SC", table="AR PL UMing",
         shade="#dbe5f1", brackets="full", split={"t3": True}, title="one", narrow=True),
]


def conv_brackets(s, mode):
    if mode == "half":
        s = s.replace("（", "(").replace("）", ")").replace("．", ". ")
        s = re.sub(r"\(([一二三四五六七八九十])\)", r"(\1) ", s)
    return s


def make_doc(cfg):
    """Truth + printing decisions for one born-digital document (deterministic in cfg['seed'])."""
    rng = random.Random(cfg["seed"])
    c = dict(cfg)
    c.setdefault("is_gov", False)
    c.setdefault("units", False)
    c.setdefault("money_yi", False)
    c.setdefault("stray", False)
    c.setdefault("vertical", False)
    c.setdefault("narrow", False)
    c.setdefault("t4_stacked", False)
    c.setdefault("t3_page", c.get("split", {}).get("t3") is False)
    c.setdefault("sign", "date")
    c.setdefault("inconsistent", None)
    org, year, tpl = c["org"], c["year"], c["template"]
    ad, money_str = gen_t2(rng, tpl, c["scale"], c["is_gov"], "yi" if c["money_yi"] else "wan")
    apps = gen_t3(rng, c["scale"], c["other"])
    rl = gen_t4(rng, c["scale"])
    # deliberate printed inconsistencies (like real reports)
    inc = c["inconsistent"]
    if inc == "granted":
        apps["granted"]["total"] += rng.randint(2, 9)
    elif inc == "resultsTotal":
        apps["resultsTotal"]["total"] -= rng.randint(1, 5)
    elif inc == "review":
        g = "lawsuitDirect"
        if rl[g]["total"] == 0:
            rl[g]["other"] = 2
            rl[g]["total"] = 2
        rl[g]["total"] += 1
    elif inc == "newReceived":
        apps["newReceived"]["total"] += 10
    data = {"activeDisclosure": ad, "applications": apps, "reviewsAndLawsuits": rl}
    month = rng.randint(1, 3)
    day = rng.randint(5, 28)
    issued = f"{year + 1}-{month:02d}-{day:02d}" if c["sign"] != "none" else None
    date_text = (hanzi_date(year + 1, month, day) if c["sign"] == "hanzi" else f"{year + 1}年{month}月{day}日")
    # title
    title = f"{org}{year}年政府信息公开工作年度报告"
    blocks = []
    if c["title"] == "org-above":
        blocks.append(("orgline", org))
        blocks.append(("title", [f"{year}年政府信息公开工作年度报告"]))
        title = f"{year}年政府信息公开工作年度报告"
    elif c["title"] == "two":
        blocks.append(("title", [org, f"{year}年政府信息公开工作年度报告"]))
    else:
        blocks.append(("title", [title]))
    bm = "half" if c["brackets"] == "half" else "full"
    basis = ("《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）"
             if tpl == "GB2021" else
             "《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2019〕60号）")
    intro = (f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和{basis}要求编制。"
             f"全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、"
             f"存在的主要问题及改进情况、其他需要报告的事项。报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"
             f"如对本报告有疑问，请与{org}办公室联系（电话：0{rng.randint(310, 999)}—{rng.randint(2000000, 8999999)}）。")
    blocks.append(("p", conv_brackets(intro, bm)))
    blocks.append(("h1", "一、总体情况"))
    blocks.append(("p", rng.choice(LEADS).format(org=org, year=year)))
    pools = prose_pools(rng, org, year, apps)
    sub_titles = list(pools.keys())
    nsub = rng.randint(3, 5)
    chosen = sub_titles[:2] + rng.sample(sub_titles[2:], nsub - 2)
    extras = []
    inline = rng.random() < 0.4  # sub-heading inline at start of the paragraph
    for i, st in enumerate(chosen):
        sents = list(pools[st])
        first = sents.pop(0) if st == "依申请公开情况" else None
        rng.shuffle(sents)
        k = rng.randint(2, 4)
        body = ([first] if first else []) + sents[:k]
        head = conv_brackets(f"（{NUMS[i]}）{st}", bm)
        if inline:
            blocks.append(("p", f"<b>{head}。</b>" + "".join(body)))
        else:
            blocks.append(("h2", head))
            blocks.append(("p", "".join(body)))
        rest = sents[k:]
        if rest:
            extras.append((len(blocks), "".join(rest)))
        for _ in range(rng.randint(0, 1)):
            extras.append((len(blocks), "".join(rng.sample(pools[st], min(3, len(pools[st]))))))
    # extra filler paragraphs (switched on progressively to move the tables on the page)
    blocks = [b for b in blocks]
    fill_blocks = []
    for pos, text in extras:
        fill_blocks.append((pos, text))
    blocks.append(("h1", "二、主动公开政府信息情况"))
    blocks.append(("table2",))
    blocks.append(("h1", "三、收到和处理政府信息公开申请情况"))
    blocks.append(("table3",))
    blocks.append(("h1", "四、政府信息公开行政复议、行政诉讼情况"))
    blocks.append(("table4",))
    blocks.append(("h1", "五、存在的主要问题及改进情况"))
    probs = rng.sample(PROBLEMS, rng.randint(2, 3))
    imps = rng.sample(IMPROVES, rng.randint(2, 4))
    blocks.append(("p", f"{year}年，{org}政府信息公开工作取得了一定成效，但仍存在一些不足：" +
                   "；".join(f"{NUMS[i]}是{p}" for i, p in enumerate(probs)) + "。"))
    blocks.append(("p", f"{year + 1}年，我们将重点做好以下工作：" +
                   "；".join(f"{NUMS[i]}是{p}" for i, p in enumerate(imps)) + "。"))
    blocks.append(("h1", "六、其他需要报告的事项"))
    six = rng.choice([
        "无。", "本年度无其他需要报告的事项。",
        f"依据《政府信息公开信息处理费管理办法》规定，{year}年{org}未收取政府信息公开信息处理费。",
        f"{year}年，{org}共办理人大代表建议{rng.randint(0, 30)}件、政协委员提案{rng.randint(0, 30)}件，均已按期办结并公开答复全文。本年度未收取信息处理费。",
    ])
    blocks.append(("p", six))
    if c["sign"] != "none":
        blocks.append(("sign", [org, date_text]))
    # table forms
    t2form = T2_GB2021 if tpl == "GB2021" else T2_GB2019
    # printed strings
    printed = build_printed(rng, data, t2form, c, money_str)
    failed = run_checks(data, c["other"])
    feats = [f"template:{tpl}"]
    if tpl == "GB2021" and c["other"] == "one":
        feats.append("one-row-other")
    if c["other"] == "sub":
        feats.append("other-sub-rows")
    if any(v == "" for v in printed.values()):
        feats.append("blank-as-zero")
    if all(v == 0 for r in apps.values() for v in r.values()) and all(
            v == 0 for g in rl.values() for v in g.values()):
        feats.append("all-zero")
    if any(re.search(r"[件元]$", v) for v in printed.values()):
        feats.append("units")
    if any(v.endswith("亿元") for v in printed.values()):
        feats.append("money-yi")
    if tpl == "GB2019" and any((x.get("change") or 0) < 0 for x in ad.values()):
        feats.append("negative-change")
    if max(x for it in ad.values() for x in it.values() if x is not None) >= 1000:
        feats.append("large-figures")
    for f in ("stray", "vertical", "narrow", "t4_stacked"):
        if c[f]:
            feats.append({"stray": "stray-spaces", "vertical": "vertical-header", "narrow": "narrow-labels",
                          "t4_stacked": "stacked-t4-header"}[f])
    if c.get("shade"):
        feats.append("shaded-header")
    feats.append("brackets:" + c["brackets"])
    if c["title"] == "two":
        feats.append("title-two-lines")
    if c["title"] == "org-above":
        feats.append("org-line-above-title")
    if c["sign"] == "none":
        feats.append("no-signature")
    if c["sign"] == "hanzi":
        feats.append("date-hanzi")
    if failed:
        feats.append("inconsistent")
    fonts = {c["body"], c["head"], c["table"]}
    feats += [f"font:{f}" for f in sorted(fonts)]
    if c["table"] != c["body"]:
        feats.append("table-font-differs")
    return {
        "name": c["name"], "kind": "born-digital", "cfg": c, "other_form": c["other"], "t2form": t2form,
        "report": {"title": title, "organization": org, "year": year, "template": tpl, "issuedOn": issued},
        "sections": ["一", "二", "三", "四", "五", "六"], "features": feats, "data": data,
        "failedChecks": failed, "blocks": blocks, "fill": fill_blocks, "printed": printed,
    }


def fmt_num(v):
    return str(v)


def build_printed(rng, data, t2form, c, money_str):
    """Decide the printed string of every figure cell. '' = printed blank (truth 0)."""
    printed = {}
    blanks = c.get("blanks", "none")

    def blank(table):
        if blanks == "all":
            return True
        if blanks == "t3":
            return table == 3
        if blanks == "some":
            return rng.random() < 0.5
        return False
    units = c.get("units", False)
    for _, _, rows in t2form:
        for _, item, fields in rows:
            for f in fields:
                key = f"activeDisclosure.{item}.{f}"
                v = data["activeDisclosure"][item][f]
                ms = money_str.get(f"{item}.{f}")
                if ms is not None and ms.endswith("亿元"):
                    printed[key] = ms
                    continue
                if v == 0 and blank(2):
                    printed[key] = ""
                    continue
                s = ms if ms is not None else fmt_num(v)
                if units and v != 0:
                    if f in MONEY_FIELDS:
                        if item == "centralizedProcurement" or rng.random() < 0.5:
                            s += "万元"
                    elif f in ("decisions", "inForce", "issued", "projects") and rng.random() < 0.7:
                        s += "件"
                printed[key] = s
    for r, row in data["applications"].items():
        if c["other"] == "sub" and r == "otherHandling":
            continue
        for col, v in row.items():
            printed[f"applications.{r}.{col}"] = "" if (v == 0 and blank(3)) else fmt_num(v)
    for g, grp in data["reviewsAndLawsuits"].items():
        for f, v in grp.items():
            printed[f"reviewsAndLawsuits.{g}.{f}"] = "" if (v == 0 and blank(4)) else fmt_num(v)
    return printed


# ----------------------------------------------------------------------------------------
# Seeds: truth typed by hand from the seed text dumps (NOT generated)
# ----------------------------------------------------------------------------------------

def _zeros_apps(other_form):
    return {r: {c: 0 for c in COLS} for r in app_rows(other_form)}


def _zeros_rl():
    return {g: {f: 0 for f in GFIELDS} for g in GROUPS}


def _gb2021_ad(**kw):
    ad = {"regulations": {"issued": 0, "repealed": 0, "inForce": 0},
          "normativeDocuments": {"issued": 0, "repealed": 0, "inForce": 0},
          "licensing": {"decisions": 0}, "punishment": {"decisions": 0}, "enforcement": {"decisions": 0},
          "administrativeFees": {"amountWanYuan": 0}}
    ad.update(kw)
    return ad


def seed_truth():
    """Typed from /work/shared/seeds/*.txt (copies in testdata/seeds/source/)."""
    S = {}
    # --- seed 000: 海东市政务服务监督管理局 2023, GB2021, all zeros, (六) three sub-rows
    S["seed-000"] = dict(
        report={"title": "海东市政务服务监督管理局2023年政府信息公开工作年度报告",
                "organization": "海东市政务服务监督管理局", "year": 2023, "template": "GB2021",
                "issuedOn": "2024-01-18"},
        sections=["一", "二", "三", "四", "五"], other_form="sub", t2form="GB2021",
        data={"activeDisclosure": _gb2021_ad(), "applications": _zeros_apps("sub"),
              "reviewsAndLawsuits": _zeros_rl()},
        printed={}, blank_zero=False,
        style=dict(body="Noto Serif CJK SC", head="Noto Sans CJK SC", table="Noto Serif CJK SC", shade=None,
                   brackets="mixed"))
    # --- seed 001: 卫东区政务服务和大数据管理局 2023, GB2021, all zeros, no signature date
    S["seed-001"] = dict(
        report={"title": "卫东区政务服务和大数据管理局2023年政府信息公开工作年度报告",
                "organization": "卫东区政务服务和大数据管理局", "year": 2023, "template": "GB2021",
                "issuedOn": None},
        sections=["一", "二", "三", "四", "五", "六"], other_form="sub", t2form="GB2021",
        data={"activeDisclosure": _gb2021_ad(), "applications": _zeros_apps("sub"),
              "reviewsAndLawsuits": _zeros_rl()},
        printed={}, blank_zero=False, t4_label_space=True,
        style=dict(body="AR PL UMing", head="WenQuanYi Zen Hei", table="AR PL UMing", shade=None,
                   brackets="mixed"))
    # --- seed 002: 湟中区 2023, GB2021
    apps = _zeros_apps("sub")
    apps["newReceived"].update(naturalPerson=12, commercialEnterprise=10, total=22)
    apps["granted"].update(naturalPerson=12, commercialEnterprise=10, total=22)
    apps["resultsTotal"].update(total=22)  # only the total is printed; other cells blank
    rl = _zeros_rl()
    rl["administrativeReview"].update(upheld=3, other=2, total=5)
    rl["lawsuitDirect"].update(other=6, pending=4, total=10)
    rl["lawsuitAfterReview"].update(upheld=1, total=1)
    S["seed-002"] = dict(
        report={"title": "湟中区2023年度政府信息公开工作年度报告", "organization": "湟中区", "year": 2023,
                "template": "GB2021", "issuedOn": None},
        sections=["一", "二", "三", "四", "五", "六"], other_form="sub", t2form="GB2021",
        data={"activeDisclosure": _gb2021_ad(
            normativeDocuments={"issued": 1, "repealed": 2, "inForce": 11},
            licensing={"decisions": 8771}, punishment={"decisions": 36084}, enforcement={"decisions": 279},
            administrativeFees={"amountWanYuan": 159.7}),
            "applications": apps, "reviewsAndLawsuits": rl},
        printed={"activeDisclosure.administrativeFees.amountWanYuan": "159.7"}, blank_zero=True,
        t2_label_space=True, t4_label_space=True,
        style=dict(body="Noto Serif CJK SC", head="WenQuanYi Zen Hei", table="AR PL UMing", shade=None,
                   brackets="mixed"))
    # --- seed 003: 怀仁市行政审批服务管理局 2023, GB2019 table 二 (shortened), one-row other
    ad = {"regulations": {"newlyMade": 0, "newlyPublished": 0, "totalPublished": 0},
          "normativeDocuments": {"newlyMade": 0, "newlyPublished": 0, "totalPublished": 0},
          "licensing": {"previousItems": None, "change": None, "decisions": 15098},
          "otherExternalServices": {"previousItems": None, "change": None, "decisions": None},
          "punishment": {"previousItems": None, "change": None, "decisions": 0},
          "enforcement": {"previousItems": None, "change": None, "decisions": 0},
          "administrativeFees": {"previousItems": 0, "change": 0},
          "centralizedProcurement": {"projects": 9, "amountWanYuan": 1887.214474}}
    S["seed-003"] = dict(
        report={"title": "怀仁市行政审批服务管理局2023年政府信息公开工作年度报告",
                "organization": "怀仁市行政审批服务管理局", "year": 2023, "template": "GB2019",
                "issuedOn": "2024-01-15"},
        sections=["一", "二", "三", "四", "五", "六"], other_form="one", t2form="SEED003",
        data={"activeDisclosure": ad, "applications": _zeros_apps("one"), "reviewsAndLawsuits": _zeros_rl()},
        printed={"activeDisclosure.licensing.decisions": "15098件",
                 "activeDisclosure.centralizedProcurement.amountWanYuan": "1887.214474万元"},
        blank_zero=False, t3_stray=True, t3_two_row_header=True,
        style=dict(body="AR PL UMing", head="AR PL UMing", table="AR PL UMing", shade=None, brackets="half"))
    # --- seed 004: 海东市人民政府办公室 2019, GB2019 (figures do not add up: granted)
    apps = _zeros_apps("one")
    apps["newReceived"].update(naturalPerson=142, commercialEnterprise=36, other=57, total=235)
    apps["granted"].update(naturalPerson=132, commercialEnterprise=33, other=57, total=230)
    apps["deniedThirdPartyRights"].update(commercialEnterprise=1, total=1)
    apps["unableNotHeld"].update(naturalPerson=6, commercialEnterprise=2, total=8)
    apps["notProcessedPetition"].update(naturalPerson=4, total=4)
    apps["resultsTotal"].update(naturalPerson=142, commercialEnterprise=36, other=57, total=235)
    rl = {"administrativeReview": {"upheld": 26, "corrected": 10, "other": 2, "pending": 0, "total": 38},
          "lawsuitDirect": {"upheld": 25, "corrected": 1, "other": 13, "pending": 15, "total": 54},
          "lawsuitAfterReview": {"upheld": 6, "corrected": 2, "other": 13, "pending": 1, "total": 22}}
    ad = {"regulations": {"newlyMade": 103, "newlyPublished": 48, "totalPublished": 115},
          "normativeDocuments": {"newlyMade": 9, "newlyPublished": 5, "totalPublished": 17},
          "licensing": {"previousItems": 396, "change": -3, "decisions": 37433},
          "otherExternalServices": {"previousItems": 139, "change": -15, "decisions": 4570},
          "punishment": {"previousItems": 1915, "change": -31, "decisions": 277},
          "enforcement": {"previousItems": 276, "change": -19, "decisions": 44},
          "administrativeFees": {"previousItems": 67, "change": -18},
          "centralizedProcurement": {"projects": 2843, "amountWanYuan": 515700}}
    S["seed-004"] = dict(
        report={"title": "海东市2019年度政府信息公开工作情况报告", "organization": "海东市人民政府办公室",
                "year": 2019, "template": "GB2019", "issuedOn": None},
        sections=["一", "二", "三", "四", "五", "六"], other_form="one", t2form="GB2019",
        data={"activeDisclosure": ad, "applications": apps, "reviewsAndLawsuits": rl},
        printed={"activeDisclosure.centralizedProcurement.amountWanYuan": "51.57 亿元"}, blank_zero=True,
        vertical=True, t4_stacked=True, narrow=True,
        style=dict(body="Noto Serif CJK SC", head="Noto Serif CJK SC", table="Noto Serif CJK SC", shade=None,
                   brackets="half"))
    return S


SEED_FIXUPS = {  # list-bullet artefacts of the text dumps -> the numbering printed in the report
    "seed-003": [("- 总体情况", "一、总体情况"), ("- 公开办事流程,提高服务效能", "(二)公开办事流程,提高服务效能"),
                 ("- 认真、主动做好信息公开报送工作。", "(三)认真、主动做好信息公开报送工作。"),
                 ("- 存在的主要问题及改进情况", "五、存在的主要问题及改进情况")],
}
CJK = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u201c\u201d《》"


def clean_prose(s):
    s = re.sub(rf"(?<=[{CJK}])[ \t]+", "", s)
    s = re.sub(rf"[ \t]+(?=[{CJK}])", "", s)
    return s.strip()


def parse_seed_text(name, txt, report):
    """Turn a seed text dump into render blocks (tables replaced by the rendered tables)."""
    for a, b in SEED_FIXUPS.get(name, []):
        txt = txt.replace(a, b)
    lines = [l.strip() for l in txt.splitlines()]
    lines = [re.sub(r"^#+\s*", "", l) for l in lines if l.strip()]
    lines = [re.sub(r"^-\s+", "", l) for l in lines]
    blocks = []
    i = 0
    # header: org line and title
    if report["organization"] == lines[0].strip() and report["title"] != lines[0].replace(" ", ""):
        blocks.append(("orgline", lines[0]))
        i = 1
    t = lines[i]
    parts = [p for p in re.split(r"\s{1}(?=工作)", t)]
    tl = [clean_prose(p) for p in parts]
    blocks.append(("title", tl))
    i += 1
    zone = None
    buf = ""
    end_punct = "。！？；：”"

    def flush():
        nonlocal buf
        if buf:
            blocks.append(("p", clean_prose(buf)))
            buf = ""
    sig = None
    if re.match(r"^\d{4}年\d{1,2}月\d{1,2}日$", lines[-1]):
        sig = [lines[-2], lines[-1]]
        lines = lines[:-2]
    while i < len(lines):
        l = lines[i]
        i += 1
        h1 = re.match(r"^[一二三四五六]、", l) and len(l) < 40
        if zone:
            if h1 and zone in l:
                zone = None
            else:
                continue
        if h1:
            flush()
            blocks.append(("h1", clean_prose(l)))
            if "主动公开政府信息情况" in l:
                blocks.append(("table2",))
                zone = "收到和处理政府信息公开申请情况"
            elif "收到和处理政府信息公开申请情况" in l:
                blocks.append(("table3",))
                zone = "行政复议、行政诉讼情况"
            elif "行政复议、行政诉讼情况" in l:
                blocks.append(("table4",))
                zone = "存在的主要问题"
            continue
        if re.match(r"^[（(][一二三四五六七八][)）]", l) and len(l) < 30 and "。" not in l:
            flush()
            blocks.append(("h2", clean_prose(l)))
            continue
        buf += l
        if buf and buf[-1] in end_punct or re.match(r"^\d+\.", l) or l == "无":
            flush()
    flush()
    blocks = [("p", re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", b[1])) if b[0] == "p" else b for b in blocks]
    if sig:
        blocks.append(("sign", sig))
    return blocks


def make_seed_doc(name, spec, src_dir):
    txt = open(os.path.join(src_dir, name + ".txt"), encoding="utf-8").read()
    blocks = parse_seed_text(name, txt, spec["report"])
    t2form = {"GB2021": T2_GB2021, "GB2019": T2_GB2019, "SEED003": T2_SEED003}[spec["t2form"]]
    data = spec["data"]
    printed = {}
    bz = spec["blank_zero"]
    for _, _, rows in t2form:
        for _, item, fields in rows:
            for f in fields:
                v = data["activeDisclosure"][item][f]
                printed[f"activeDisclosure.{item}.{f}"] = "" if (v == 0 and bz) else str(v)
    for r, row in data["applications"].items():
        for col, v in row.items():
            printed[f"applications.{r}.{col}"] = "" if (v == 0 and bz) else str(v)
    for g, grp in data["reviewsAndLawsuits"].items():
        for f, v in grp.items():
            printed[f"reviewsAndLawsuits.{g}.{f}"] = "" if (v == 0 and bz) else str(v)
    printed.update(spec["printed"])
    st = spec["style"]
    cfg = dict(name=name, body=st["body"], head=st["head"], table=st["table"], shade=st["shade"],
               brackets=st["brackets"], stray=False, t2_label_space=spec.get("t2_label_space", False),
               t4_label_space=spec.get("t4_label_space", False), t3_stray=spec.get("t3_stray", False),
               t3_two_row_header=spec.get("t3_two_row_header", False), vertical=spec.get("vertical", False),
               t4_stacked=spec.get("t4_stacked", False), narrow=spec.get("narrow", False), split={})
    failed = run_checks(data, spec["other_form"])
    feats = ["seed", f"template:{spec['report']['template']}"]
    if spec["other_form"] == "one" and spec["report"]["template"] == "GB2021":
        feats.append("one-row-other")
    if spec["other_form"] == "sub":
        feats.append("other-sub-rows")
    if any(v == "" for v in printed.values()):
        feats.append("blank-as-zero")
    if all(v == 0 for r in data["applications"].values() for v in r.values()) and all(
            v == 0 for g in data["reviewsAndLawsuits"].values() for v in g.values()):
        feats.append("all-zero")
    if any(re.search(r"[件元]$", v) for v in printed.values()):
        feats.append("units")
    if any(v.endswith("亿元") for v in printed.values()):
        feats.append("money-yi")
    if spec["report"]["template"] == "GB2019" and any(
            (x.get("change") or 0) < 0 for x in data["activeDisclosure"].values()):
        feats.append("negative-change")
    if cfg["t2_label_space"] or cfg["t4_label_space"] or cfg["t3_stray"]:
        feats.append("stray-spaces")
    if cfg["vertical"]:
        feats.append("vertical-header")
    if cfg["t4_stacked"]:
        feats.append("stacked-t4-header")
    if cfg["narrow"]:
        feats.append("narrow-labels")
    if cfg["t3_two_row_header"]:
        feats.append("two-row-t3-header")
    feats.append("brackets:" + cfg["brackets"])
    if any(b[0] == "orgline" for b in blocks):
        feats.append("org-line-above-title")
    if any(b[0] == "title" and len(b[1]) > 1 for b in blocks):
        feats.append("title-two-lines")
    if not spec["report"]["issuedOn"]:
        feats.append("no-signature")
    if failed:
        feats.append("inconsistent")
    feats += [f"font:{f}" for f in sorted({st["body"], st["head"], st["table"]})]
    if st["table"] != st["body"]:
        feats.append("table-font-differs")
    return {"name": name, "kind": "seed", "cfg": cfg, "other_form": spec["other_form"], "t2form": t2form,
            "report": spec["report"], "sections": spec["sections"], "features": feats, "data": data,
            "failedChecks": failed, "blocks": blocks, "fill": [], "printed": printed}


# ----------------------------------------------------------------------------------------
# HTML rendering
# ----------------------------------------------------------------------------------------

def esc(s):
    return html.escape(s, quote=False)


def stack(s):
    """One character per line (a vertical label in a narrow column)."""
    return "<br>".join(esc(ch) for ch in s if ch != " ")


def td(content, cs=1, rs=1, align="center", shade=None, width=None, raw=False, cls=None, nowrap=False):
    a = []
    if nowrap:
        a.append("nowrap")
    if cs > 1:
        a.append(f'colspan="{cs}"')
    if rs > 1:
        a.append(f'rowspan="{rs}"')
    if align:
        a.append(f'align="{align}"')
    a.append('valign="middle"')
    if shade:
        a.append(f'bgcolor="{shade}"')
    if width:
        a.append(f'width="{width}"')
    return f"<td {' '.join(a)}>{content if raw else esc(content)}</td>"


def table_open(c, compact=False, size=None, pad=3):
    return (f'<table width="100%" border="1" cellspacing="0" cellpadding="{pad}" '
            f'style="border-collapse:collapse">')


def cell_style(table_html, c, size=None):
    """LibreOffice's HTML import ignores font properties set on <table>; set them on every cell."""
    fam = FONT_FAMILY[c["table"]]
    size = size or c.get("table_size", "10pt")
    return table_html.replace("<td ", f"<td style=\"font-family:'{fam}';font-size:{size}\" ")


def break_group_label(s):
    """（三）不予公开 -> （三）<br>不予公开 (the number on its own line, as in narrow label columns)."""
    m = re.match(r"^([（(][一二三四五六七八九十][）)]\s?)(.*)$", s)
    return esc(m.group(1).strip()) + "<br>" + esc(m.group(2)) if m else esc(s)


def render_t2(doc):
    c = doc["cfg"]
    P = doc["printed"]
    sh = c.get("shade")
    bmode = "half" if c["brackets"] in ("half", "mixed") else "full"
    out = [table_open(c) + '<col width="170"><col width="150"><col width="150"><col width="150">']
    for art, header, rows in doc["t2form"]:
        out.append("<tr>" + td(conv_brackets(f"第二十条第{art}项", bmode).replace(") 项", ")项"), cs=4, shade=sh)
                   + "</tr>")
        cells = [td(h, shade=sh) for h in header[:-1]]
        cells.append(td(header[-1], cs=4 - len(header) + 1, shade=sh))
        out.append("<tr>" + "".join(cells) + "</tr>")
        for label, item, fields in rows:
            lab = label
            if (c.get("stray") or c.get("t2_label_space")) and label == "规章":
                lab = "规 章"
            cells = [td(lab)]
            for j, f in enumerate(fields):
                span = 4 - len(fields) if j == len(fields) - 1 else 1
                cells.append(td(P[f"activeDisclosure.{item}.{f}"], cs=span))
            out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return cell_style("\n".join(out), c)


TEXT_PX = 560  # <col> width total that fills the 16 cm text width (measured)


def render_t3(doc):
    c = doc["cfg"]
    P = doc["printed"]
    sh = c.get("shade")
    bmode = "half" if c["brackets"] in ("half", "mixed") else "full"
    L = {k: conv_brackets(v, bmode) for k, v in T3_LABEL.items()}
    G = {k: conv_brackets(v, bmode) for k, v in T3_GROUP.items()}
    note = conv_brackets(T3_NOTE, "half" if c["brackets"] == "half" else "full")
    if c["brackets"] == "mixed":
        note = note.replace("）", ")")  # as in seed 000: （ … )
    stray = c.get("stray") or c.get("t3_stray")
    colname = dict(COL_LABEL)
    if stray:
        colname.update(naturalPerson="自 然 人", commercialEnterprise="商业 企业",
                       publicInterestOrganization="社会 公益 组织")
    compact = bool(c.get("t3_page"))  # compact table on a fresh page, meant to fit on one page
    if c.get("narrow"):
        cw = [40, 56, 130] + [48] * 7
    elif c.get("vertical"):
        cw = [24, 90, 220] + [43] * 7
    else:
        cw = [56, 90, 200] + [42] * 7
    other_form = doc["other_form"]
    w = [str(x) for x in cw[:3]] if not compact else [None] * 3
    dw = str(cw[3]) if not compact else None
    if compact:
        # LibreOffice's HTML import ignores <col> widths when the header has spans, unless the table
        # has the (Netscape) COLS attribute: then every column gets its <col> width (in px, 0.75 pt)
        # or its content's minimum width if larger.  Header labels are pre-broken into 2-character
        # lines so the figure columns can be narrow; 604 px = the 16 cm text width.
        colname = {k: (v if len(v.replace(" ", "")) <= 3 else
                       "<br>".join(v.replace(" ", "")[i:i + 2] for i in range(0, len(v.replace(" ", "")), 2)))
                   for k, v in colname.items()}
        fig = c.get("t3_fig_px", 42)
        c1 = 26 if c.get("vertical") else 46
        cw = [c1, 58, TEXT_PX - c1 - 58 - 7 * fig] + [fig] * 7
        out = [table_open(c, pad=2).replace("<table ", '<table cols="10" ')
               + "".join(f'<col width="{x}">' for x in cw)]
    else:
        colname = {k: esc(v) for k, v in colname.items()}
        out = [table_open(c) + "".join(f'<col width="{x}">' for x in cw)]
    two_row = c.get("t3_two_row_header")
    hdr_rows = 2 if two_row else 3
    out.append("<tr>" + td(note, cs=3, rs=hdr_rows, shade=sh, align="left") + td("申请人情况", cs=7, shade=sh) + "</tr>")
    if two_row:
        out.append("<tr>" + "".join(td(colname[k], shade=sh, raw=True) for k in COLS) + "</tr>")
    else:
        out.append("<tr>" + td(colname["naturalPerson"], rs=2, shade=sh, raw=True) + td("法人或其他组织", cs=5, shade=sh)
                   + td(colname["total"], rs=2, shade=sh, raw=True) + "</tr>")
        out.append("<tr>" + "".join(td(colname[k], shade=sh, raw=True) for k in COLS[1:6]) + "</tr>")
    # width row (invisible widths via first data row cells)

    def figs(row):
        return "".join(td(P.get(f"applications.{row}.{col}", ""), width=dw) for col in COLS)
    out.append("<tr>" + td(L["newReceived"], cs=3, align="left") + figs("newReceived") + "</tr>")
    out.append("<tr>" + td(L["carriedOver"], cs=3, align="left") + figs("carriedOver") + "</tr>")
    nres = len(result_rows(other_form)) + 1
    if c.get("vertical"):
        res_label = stack(T3_RESULTS)
    else:
        res_label = esc(T3_RESULTS)
    first = td(res_label, rs=nres, width=w[0], raw=True)
    out.append("<tr>" + first + td(L["granted"], cs=2, align="left") + figs("granted") + "</tr>")
    out.append("<tr>" + td(L["partiallyGranted"], cs=2, align="left") + figs("partiallyGranted") + "</tr>")
    groups = [("denied", DENIED), ("unable", UNABLE), ("notproc", NOTPROC)]
    if other_form == "sub":
        groups.append(("othersub", OTHERSUB))
    for gk, rows in groups:
        for j, r in enumerate(rows):
            if compact:
                lead = td(break_group_label(G[gk]), rs=len(rows), raw=True) if j == 0 else ""
                out.append("<tr>" + lead + td(L[r], align="left") + figs(r) + "</tr>")
            else:
                lead = td(G[gk], rs=len(rows), width=w[1]) if j == 0 else ""
                out.append("<tr>" + lead + td(L[r], align="left", width=w[2]) + figs(r) + "</tr>")
    if other_form == "one":
        out.append("<tr>" + td(L["otherHandling"], cs=2, align="left") + figs("otherHandling") + "</tr>")
    out.append("<tr>" + td(L["resultsTotal"], cs=2, align="left") + figs("resultsTotal") + "</tr>")
    out.append("<tr>" + td(L["carriedForward"], cs=3, align="left") + figs("carriedForward") + "</tr>")
    out.append("</table>")
    return cell_style("\n".join(out), c, c.get("t3_size", "10pt") if compact else None)


T4_SIZES = ["9pt", "9.5pt", "10pt", "10.5pt"]


def render_t4(doc):
    """Table 四, 15 figure columns: compact (9–10.5pt, padding 2, no fixed column widths) so that it
    always fits the text width; the 4-character headers are printed on two lines (结果/维持) as in real
    reports, or one character per line (stacked-t4-header)."""
    c = doc["cfg"]
    P = doc["printed"]
    sh = c.get("shade")
    stacked = c.get("t4_stacked")
    space = c.get("stray") or c.get("t4_label_space")

    def lab(s):
        if stacked:
            return stack(s)
        if len(s) == 4:
            a, b = s[:2], s[2:]
            if space:
                a, b = " ".join(a), " ".join(b)
            return esc(a) + "<br>" + esc(b)
        return esc(s)
    size = c.get("t4_size") or T4_SIZES[sum(map(ord, c["name"])) % len(T4_SIZES)]
    out = [table_open(c, pad=2)]
    out.append("<tr>" + td("行政复议", cs=5, shade=sh) + td("行政诉讼", cs=10, shade=sh) + "</tr>")
    out.append("<tr>" + "".join(td(lab(T4_FIELD_LABEL[f]), rs=2, shade=sh, raw=True) for f in GFIELDS)
               + td("未经复议直接起诉", cs=5, shade=sh) + td("复议后起诉", cs=5, shade=sh) + "</tr>")
    out.append("<tr>" + "".join(td(lab(T4_FIELD_LABEL[f]), shade=sh, raw=True)
                                for _ in range(2) for f in GFIELDS) + "</tr>")
    out.append("<tr>" + "".join(td(P[f"reviewsAndLawsuits.{g}.{f}"]) for g in GROUPS for f in GFIELDS) + "</tr>")
    out.append("</table>")
    return cell_style("\n".join(out), c, size)


def render_html(doc, nfill, break_before_t3=False, break_before_t4=False):
    c = doc["cfg"]
    body_f = FONT_FAMILY[c["body"]]
    head_f = FONT_FAMILY[c["head"]]
    bsize = c.get("body_size", "15pt")
    css = f"""
@page {{ size: 21cm 29.7cm; margin: 2.6cm 2.4cm 2.4cm 2.6cm }}
body {{ font-family: '{body_f}'; font-size: {bsize}; }}
p.b {{ text-indent: 30pt; margin-top: 0; margin-bottom: 2pt; line-height: 140%; text-align: justify }}
p.h1 {{ font-family: '{head_f}'; font-size: {bsize}; text-indent: 30pt; margin-top: 6pt; margin-bottom: 4pt }}
p.h2 {{ font-family: '{FONT_FAMILY[c.get('sub', c['body'])]}'; font-weight: bold; text-indent: 30pt; margin-top: 2pt; margin-bottom: 2pt }}
p.t {{ font-family: '{head_f}'; font-size: 20pt; text-align: center; margin-top: 0; margin-bottom: 0 }}
p.o {{ font-family: '{head_f}'; font-size: 17pt; text-align: center; margin-bottom: 8pt }}
p.s {{ text-align: right; margin: 0 }}
"""
    fills = {}
    for k, (pos, text) in enumerate(doc["fill"]):
        if k < nfill:
            fills.setdefault(pos, []).append(text)
    parts = [f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(doc["report"]["title"])}</title>'
             f"<style>{css}</style></head><body>"]
    for idx, b in enumerate(doc["blocks"]):
        kind = b[0]
        if kind == "orgline":
            parts.append(f'<p class="o">{esc(b[1])}</p>')
        elif kind == "title":
            for j, line in enumerate(b[1]):
                parts.append(f'<p class="t">{esc(line)}</p>')
            parts.append("<p class=\"b\">&nbsp;</p>")
        elif kind == "p":
            parts.append(f'<p class="b">{b[1]}</p>')
        elif kind == "h1":
            pb = ' style="page-break-before:always"' if ((break_before_t3 and b[1].startswith("三、")) or
                                                         (break_before_t4 and b[1].startswith("四、"))) else ""
            parts.append(f'<p class="h1"{pb}>{esc(b[1])}</p>')
        elif kind == "h2":
            parts.append(f'<p class="h2">{esc(b[1])}</p>')
        elif kind == "table2":
            parts.append(render_t2(doc))
        elif kind == "table3":
            parts.append(render_t3(doc))
        elif kind == "table4":
            parts.append(render_t4(doc))
        elif kind == "sign":
            parts.append("<p class=\"b\">&nbsp;</p>")
            parts.append(f'<p class="s">{esc(b[1][0])}</p><p class="s">{esc(b[1][1])}</p>')
        for text in fills.get(idx + 1, []):
            parts.append(f'<p class="b">{text}</p>')
    parts.append("</body></html>")
    return "\n".join(parts)


# ----------------------------------------------------------------------------------------
# Conversion and layout detection
# ----------------------------------------------------------------------------------------
LO_PROFILE = "file:///tmp/nianbao_gen_corpus_lo_profile"


def soffice_pdf(html_path, outdir):
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--infilter=HTML (StarWriter)",
           "--convert-to", "pdf", "--outdir", outdir, html_path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    pdf = os.path.join(outdir, os.path.splitext(os.path.basename(html_path))[0] + ".pdf")
    if not os.path.exists(pdf):
        raise RuntimeError("soffice produced no PDF for " + html_path)
    return pdf


def page_texts(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True).stdout.decode()
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return pages


def _pages_of(pages, markers):
    found = []
    for i, p in enumerate(pages):
        flat = re.sub(r"\s+", "", p)
        if any(m in flat for m in markers):
            found.append(i)
    return found


def detect_layout(doc, pages):
    """Which tables continue over a page break (from the text layer)."""
    res = {}
    a = _pages_of(pages, ["勾稽", "申请人情况", "本年新收"])
    b = _pages_of(pages, ["结转下年度", "年度继续办理"])
    res["t3"] = bool(a and b and min(a) < max(b))
    a = _pages_of(pages, ["第二十条第"])
    b = _pages_of(pages, ["行政事业性", "事业性收费", "政府集中采购", "集中采购"])
    res["t2"] = bool(a and b and min(a) < max(b))
    a = _pages_of(pages, ["未经复议", "复议后起诉"])
    figs = [doc["printed"][f"reviewsAndLawsuits.{g}.{f}"] for g in GROUPS for f in GFIELDS]
    figs = [f for f in figs if f]
    res["t4"] = False
    if a and figs:
        rx = re.compile(r"(?m)^\s*" + r"\s+".join(re.escape(f) for f in figs) + r"\s*$")
        b = [i for i, p in enumerate(pages) if rx.search(p)]
        res["t4"] = bool(b and min(a) < max(b))
    return res


def check_figures_present(doc, pages):
    """Every non-blank printed figure must appear in the text layer (token-wise)."""
    text = "\n".join(pages)
    tokens = set(re.findall(r"-?[\d.]+ ?(?:件|万元|亿元)?", text))
    missing = []
    for k, v in doc["printed"].items():
        if v and v not in tokens and v.replace(" ", "") not in {t.replace(" ", "") for t in tokens}:
            missing.append((k, v))
    return missing


def truth_json(doc):
    return {"file": doc["name"] + ".pdf", "report": doc["report"], "sections": doc["sections"],
            "features": doc["features"], "data": doc["data"], "failedChecks": doc["failedChecks"]}


def build(doc, outdir, tmp):
    """Render doc to outdir/<name>.pdf (+ truth). Returns info dict."""
    want = dict(doc["cfg"].get("split", {}))
    if doc["kind"] != "seed":
        want.setdefault("t4", False)  # table 四 splits only where asked for (it is a 4-row table)
    nmax = len(doc["fill"])
    best = None
    tried = []
    t3_page = bool(doc["cfg"].get("t3_page"))
    attempts = [(n, t3_page, False) for n in range(0, nmax + 1)]
    if t3_page:  # section 四 follows table 三 at a fixed place; if table 四 splits there, start 四 on a new page
        attempts += [(n, True, True) for n in range(0, nmax + 1)]
    for nfill, pbreak, pbreak4 in attempts:
        h = os.path.join(tmp, doc["name"] + ".html")
        with open(h, "w", encoding="utf-8") as f:
            f.write(render_html(doc, nfill, pbreak, pbreak4))
        pdf = soffice_pdf(h, tmp)
        pages = page_texts(pdf)
        lay = detect_layout(doc, pages)
        score = sum(1 for k, v in want.items() if lay[k] == v)
        ok_pages = 3 <= len(pages) <= 7
        tried.append((nfill, lay, len(pages)))
        cand = (score + (0.5 if ok_pages else 0), -pbreak4, -nfill)
        if best is None or cand > best[0]:
            best = (cand, nfill, lay, len(pages))
            shutil.copy(pdf, os.path.join(tmp, doc["name"] + ".best.pdf"))
        if score == len(want) and ok_pages:
            break
        if doc["kind"] == "seed":
            break
    _, nfill, lay, npages = best
    final_pdf = os.path.join(outdir, doc["name"] + ".pdf")
    shutil.copy(os.path.join(tmp, doc["name"] + ".best.pdf"), final_pdf)
    pages = page_texts(final_pdf)
    feats = [f for f in doc["features"] if not f.startswith("split")]
    for k in ("t2", "t3", "t4"):
        if lay[k]:
            feats.append("split-" + k)
    if any(lay.values()):
        feats.append("split-table")
    doc["features"] = feats
    missing = check_figures_present(doc, pages)
    with open(os.path.join(outdir, doc["name"] + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth_json(doc), f, ensure_ascii=False, indent=2)
        f.write("\n")
    return {"name": doc["name"], "pages": npages, "layout": lay, "wanted": want, "nfill": nfill,
            "missing": missing}


# ----------------------------------------------------------------------------------------
# Corpus
# ----------------------------------------------------------------------------------------

def all_docs(testdata):
    docs = []
    for cfg in BORN_DIGITAL:
        docs.append(("born-digital", cfg["name"], lambda cfg=cfg: make_doc(cfg)))
    src = os.path.join(testdata, "seeds", "source")
    for name, spec in seed_truth().items():
        docs.append(("seeds", name, lambda name=name, spec=spec: make_seed_doc(name, copy.deepcopy(spec), src)))
    return docs


def corpus_documents(testdata=os.path.join(ROOT, "testdata")):
    """[(name, pdf_path, truth_path)] for every document (used by scripts/gen-scans)."""
    return [(name, os.path.join(testdata, sub, name + ".pdf"), os.path.join(testdata, sub, name + ".truth.json"))
            for sub, name, _ in all_docs(testdata)]


README_HEAD = """# nianbao test corpus

Generated by `scripts/gen-corpus` (`scripts/gen_corpus.py`, Python 3 stdlib + LibreOffice + poppler).
Regenerate everything with `scripts/gen-corpus`, one document with `scripts/gen-corpus --only NAME`,
list documents with `scripts/gen-corpus --list`.

* `born-digital/` — synthetic reports. Truth first: the generator draws figures, organisation, dates and
  layout options from `random.Random(seed)` of the document, writes `<name>.truth.json`, then renders the
  truth as HTML with real merged cells (rowspan/colspan) and converts it with LibreOffice Writer
  (`soffice --infilter="HTML (StarWriter)" --convert-to pdf`, A4). Split-table features are detected on the
  produced PDF (pdftotext per page), not assumed.
* `seeds/` — the five real seed reports (`seeds/source/seed-NNN.txt`, text dumps) rebuilt as PDFs with the
  same prose and tables. Their truth is typed by hand from the seed text (`seed_truth()` in the script).
* `failedChecks` in every truth file is computed by the generator's own check code (`run_checks`) on the
  truth figures: `applications.rowTotal` (scope row), `applications.results` (scope column),
  `applications.balance` (scope column), `reviewsAndLawsuits.total` (scope group).
* Blank cells are 0 in truth; fields the report does not print are `null` (seed-003). Money is in 万元
  (`51.57 亿元` → 515700).

## Table 三 layout (all documents)

10 columns: 3 label columns + 7 figure columns (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计).
Header: 3 rows — the note cell `（本列数据的勾稽关系为：…）` spans the 3 label columns × 3 header rows;
`申请人情况` spans the 7 figure columns; row 2 has `自然人` (rowspan 2), `法人或其他组织` (colspan 5),
`总计` (rowspan 2); row 3 the five organisation types. (seed-003 only: 2 header rows, no `法人或其他组织`.)
Body: `一、本年新收…`, `二、上年结转…`, `四、结转下年度继续办理` span the 3 label columns.
Label column 1 holds `三、本年度办理结果` with rowspan over every result row up to and including `（七）总计`
(22 rows with the three （六） sub-rows, 20 with one （六） row). Label column 2 holds `（一）予以公开`,
`（二）部分公开…`, `（六）其他处理` (one-row form), `（七）总计` spanning columns 2–3, and the group cells
`（三）不予公开` (rowspan 8), `（四）无法提供` (3), `（五）不予处理` (5), `（六）其他处理` (3, sub-row form);
label column 3 holds the numbered sub-items (`1．属于国家秘密` …).

## Table layout on the page

* Fonts and sizes are set on every table cell (LibreOffice's HTML import ignores them on `<table>`): tables
  use the document's table font (`table-font-differs`), 10pt unless stated below; body text is 15pt.
* Table 三, `t3_page` documents (those without `split-t3`): section 三 starts on a fresh page and the table
  is compact (10pt, padding 2, fixed column widths via `<table cols>` + `<col>`, header labels broken into
  2-character lines) so that the whole table is on that page. Other documents: 10pt auto layout, the
  table continues over a page break (`split-t3`).
* Table 四 (15 figure columns): 9–10.5pt, padding 2, no fixed widths; the 4-character headers are printed
  on two lines (`结果` / `维持`) or one character per line (`stacked-t4-header`); it always fits the 16 cm
  text width. If it would split in a `t3_page` document, section 四 starts on a new page.
* `split-t2` / `split-t3` / `split-t4` are detected from the PDF text, never assumed.

## Documents

| document | template | pages | features | failed checks |
|---|---|---|---|---|
"""

# Kept at the end of testdata/README.md when the corpus is regenerated (scripts/gen_layouts.py).
README_TAIL = """
## Fresh layouts (`scripts/gen-layouts`, not committed)

`scripts/gen-layouts --seed N --count K --out DIR [--jobs J]` (`scripts/gen_layouts.py`) draws K new
reports, document I from `random.Random(f"{N}:{I}")` alone, and writes `DIR/fresh-N-I.pdf` and
`DIR/fresh-N-I.truth.json`. Figures, organisation and dates come from this script's `make_doc`
(`gen_t2`/`gen_t3`/`gen_t4`, `run_checks`); the truth file is written before rendering, and again after
it with the facts only the PDF shows (`split-*` features, `pageBreaks`). Besides the fields above, truth
has `classes` (below), `pageBreaks` (`[{table, page, row, rowKey}]`: the grid row, header rows included,
that starts the next page; `rowBroken` when the row itself is cut) and, for non-reports,
`notAReport: true` (template `unknown`, `data` empty). `--jobs J` runs J LibreOffice profiles side by side;
each job converts its documents in one `soffice` run per stage. A document LibreOffice fails on is
retried once; the script exits non-zero only if a document cannot be made.

| class | what varies |
|---|---|
| `title-year-first` | `2022年XX局政府信息公开工作年度报告` |
| `title-niandu` | `2023年度XX局…年度报告` / `XX局2023年度…年度报告` |
| `title-guanyu` | `XX局关于2023年度政府信息公开工作情况的报告`, `…年度报告的报告` (long ones on two lines) |
| `title-no-org` | `2023年(度)政府信息公开工作年度报告`; the organisation only in the first sentence (`本报告由XX编制。` or `…，XX编制本报告。`) and the signature, if any |
| `org-line-above-title` | the organisation on its own line above the title |
| `zero-marks` | zero cells printed as `—`, `-`, `/`, `／`, `无` (truth 0) |
| `picture-table` | table 二, 三 or 四 rendered alone, rasterised at 150–300 dpi (PNG or JPEG), trimmed and pasted as a picture at text width; the rest of the PDF has a text layer; truth unchanged |
| `page-break-row` | a table (二/三) continues on the next page; filler text, body/table font size and margins vary so the break lands on different rows (detected from `pdftotext -raw`, recorded in `pageBreaks`, feature `page-break-row-t3-N`) |
| `landscape-t4` | section 四 with table 四 on its own landscape page (DOCX producer only) |
| `producer-docx` | built with python-docx (merged cells, fonts per run, `w:shd` shading, table borders) and converted with `soffice --convert-to pdf` |
| `producer-html` | HTML with rowspan/colspan through LibreOffice's HTML import, as the fixed corpus |
| `h-rules-only` | tables ruled horizontally only (HTML `frame="hsides" rules="rows"`, DOCX borders) |
| `not-a-report` | a policy notice (`关于印发…的通知`, with a score table) or a 部门决算 statement with a table of unrelated figures |

Also drawn: template (GB2019/GB2021, sometimes against the year), scale, one-row or sub-row （六）, blanks,
units, 亿元, brackets, fonts, shading, stray spaces, vertical / stacked headers, signatures with or without
the organisation, Chinese-numeral dates, inconsistent figures.

Accuracy per class: `scripts/nianbao extract --out OUT DIR`, then `scripts/fresh-accuracy DIR OUT [-v]`
(figures compared as `FigureComparison.java` does; a wrong figure is flagged if null, confidence < 0.9, or
covered by a failed check; non-reports are scored on template `unknown` and the `NOT_A_REPORT` warning;
several DIR OUT pairs are pooled; `--without CLASS` leaves a class's documents out; `-v` lists mismatches).
"""



def write_readme(testdata, infos):
    rows = []
    for sub in ("born-digital", "seeds"):
        d = os.path.join(testdata, sub)
        if not os.path.isdir(d):
            continue
        for fn in sorted(os.listdir(d)):
            if not fn.endswith(".truth.json"):
                continue
            t = json.load(open(os.path.join(d, fn), encoding="utf-8"))
            pdf = os.path.join(d, t["file"])
            npages = "?"
            if os.path.exists(pdf):
                out = subprocess.run(["pdfinfo", pdf], capture_output=True).stdout.decode()
                m = re.search(r"Pages:\s+(\d+)", out)
                npages = m.group(1) if m else "?"
            fc = ", ".join(f"{x['rule']}/{x['scope']}" for x in t["failedChecks"]) or "—"
            feats = ", ".join(f for f in t["features"] if not f.startswith("template:"))
            rows.append(f"| {sub}/{t['file']} | {t['report']['template']} | {npages} | {feats} | {fc} |")
    legend = "\n## Feature legend\n\n" + "\n".join(f"* `{k}` — {v}" for k, v in FEATURE_DOC.items()) + \
        "\n* `font:X` — font family X is used (body, headings or tables)\n"
    with open(os.path.join(testdata, "README.md"), "w", encoding="utf-8") as f:
        f.write(README_HEAD + "\n".join(rows) + "\n" + legend + README_TAIL)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", action="append", help="generate only this document (repeatable)")
    ap.add_argument("--out", default=os.path.join(ROOT, "testdata"), help="output testdata directory")
    ap.add_argument("--list", action="store_true", help="list documents and exit")
    ap.add_argument("--keep-html", action="store_true", help="keep the intermediate HTML next to the PDFs")
    args = ap.parse_args(argv)
    out = os.path.abspath(args.out)
    docs = all_docs(os.path.join(ROOT, "testdata") if not os.path.isdir(os.path.join(out, "seeds", "source"))
                    else out)
    if args.list:
        for sub, name, _ in docs:
            print(f"{sub}/{name}")
        return 0
    sel = [d for d in docs if not args.only or d[1] in args.only]
    if args.only and not sel:
        print("no such document: " + ", ".join(args.only), file=sys.stderr)
        return 2
    infos = []
    bad = False
    with tempfile.TemporaryDirectory(prefix="gen_corpus_") as tmp:
        for sub, name, mk in sel:
            od = os.path.join(out, sub)
            os.makedirs(od, exist_ok=True)
            doc = mk()
            info = build(doc, od, tmp)
            if args.keep_html:
                shutil.copy(os.path.join(tmp, name + ".html"), os.path.join(od, name + ".html"))
            infos.append(info)
            flag = ""
            if info["missing"]:
                flag = "  MISSING FIGURES: " + str(info["missing"][:6])
                bad = True
            want = {k: v for k, v in info["wanted"].items() if info["layout"][k] != v}
            if want:
                flag += f"  (split wanted {info['wanted']} got {info['layout']})"
            print(f"{sub}/{name}: {info['pages']} pages, split {[k for k, v in info['layout'].items() if v]},"
                  f" failedChecks {len(doc['failedChecks'])}{flag}", flush=True)
    write_readme(out, infos)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Page-break sweep: renders generated reports with the bottom page margin (and the filler paragraph
count) varied in small steps, so that the page break moves through tables 二, 三 and 四 row by row,
extracts every PDF with the CLI and lists each figure that differs from the generator's truth.

    scripts/page_break_sweep.py [--docs gb2021-01,gb2019-05] [--margins 1.6:9.0:0.25] [--fills 0,2]
                                [--work /tmp/pbsweep] [--keep DIR]

Uses scripts/gen_corpus.py as a module (make_doc, render_html, soffice); the jar must be built
(target/nianbao-cli.jar). Prints one line per variant: pages on which each table starts and ends,
the first/last table-三 label of each page, and the figures that differ.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_corpus as g  # noqa: E402

ROOT = g.ROOT
MARGIN_CSS = "margin: 2.6cm 2.4cm 2.4cm 2.6cm"


def variant_html(doc, nfill, bottom_cm, thead=False):
    html = g.render_html(doc, nfill)
    if MARGIN_CSS not in html:
        raise RuntimeError("page margin rule not found in the generated HTML")
    html = html.replace(MARGIN_CSS, f"margin: 2.6cm 2.4cm {bottom_cm:.2f}cm 2.6cm")
    return repeat_headers(html) if thead else html


def repeat_headers(html):
    """Header rows of tables 三 and 四 in <thead>: the word processor repeats them on every page."""
    def wrap(table):
        rows = re.findall(r"<tr>.*?</tr>", table, flags=re.S)
        if "申请人情况" in table:
            n = 3 if "法人或其他组织" in table else 2
        elif "复议后起诉" in table:
            n = len(rows) - 1
        else:
            return table
        head = "".join(rows[:n])
        start = table.index(rows[0])
        end = table.index(rows[n - 1]) + len(rows[n - 1])
        return table[:start] + "<thead>" + head + "</thead><tbody>" + table[end:].replace("</table>", "</tbody></table>")
    return re.sub(r"<table .*?</table>", lambda m: wrap(m.group(0)), html, flags=re.S)


def convert_all(htmls, outdir):
    """One soffice run for many HTML files (start-up is most of the cost)."""
    cmd = ["soffice", f"-env:UserInstallation={g.LO_PROFILE}", "--headless", "--infilter=HTML (StarWriter)",
           "--convert-to", "pdf", "--outdir", outdir] + htmls
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1800)


ROW_MARK = re.compile(r"(本年新收|上年结转|予以公开|部分公开|国家秘密|禁止公开|三安全|第三方|内部事务|过程性|执法案卷|"
                      r"查询事项|不掌握|另行制作|仍不明确|信访|重复申请|出版物|大量反复|重新出具|逾期不补正|收费通知|3[.．]\s*其他|"
                      r"其他处理|总计|结转下年)")


def break_desc(pdf):
    """Per page: the first and last table-三 row marks seen (to tell where the table broke)."""
    pages = g.page_texts(pdf)
    desc = []
    for i, p in enumerate(pages):
        flat = re.sub(r"\s+", "", p)
        marks = ROW_MARK.findall(flat)
        if marks:
            desc.append(f"p{i + 1}:{marks[0]}..{marks[-1]}")
    return " ".join(desc)


def table_pages(pdf, tables):
    """First and last page of table 三 (tables="t3") or of tables 二 to 四 (tables="all")."""
    pages = [re.sub(r"\s+", "", p) for p in g.page_texts(pdf)]
    first, last = ("申请人情况", "结转下年") if tables == "t3" else ("第二十条", "复议后起诉")
    start = [i for i, p in enumerate(pages) if first in p]
    end = [i for i, p in enumerate(pages) if last in p]
    return (start[0] + 1, end[-1] + 1) if start and end else None


def open_borders(src, variants, mode, work, tables="t3"):
    """Tables left open at each page break in their span: no border under the last row before it
    (bottom), over the first row after it (top), or both."""
    lines = []
    for vname, _ in variants:
        pdf = os.path.join(src, vname + ".pdf")
        span = table_pages(pdf, tables)
        if not span or span[0] == span[1]:
            continue
        specs = []
        for k in range(span[0], span[1]):
            if mode in ("bottom", "both"):
                specs.append(f"{k}:bottom")
            if mode in ("top", "both"):
                specs.append(f"{k + 1}:top")
        lines.append(f"{pdf} {pdf} " + " ".join(specs))
    listing = os.path.join(work, "open-borders.txt")
    with open(listing, "w") as f:
        f.write("\n".join(lines) + "\n")
    subprocess.run(["java", "-cp", os.path.join(ROOT, "target", "nianbao-cli.jar"),
                    os.path.join(ROOT, "scripts", "OpenBorders.java"), "--batch", listing], check=True)


def variant_features(features, vname):
    """The generator's features plus how this variant was made (from its name)."""
    m = re.search(r"-f(\d+)-m(\d{4})(-h)?(-open-(\w+))?$", vname)
    out = [f for f in features if not f.startswith("split")]
    out += ["page-break-sweep", f"fill:{m.group(1)}", f"bottom-margin:{int(m.group(2)) / 100:.2f}cm"]
    if m.group(3):
        out.append("repeated-header")
    if m.group(5):
        out.append("open-border:" + m.group(5))
    return out


def compare(truth, actual):
    diffs = []
    for group, items in truth["data"].items():
        for item, fields in items.items():
            for field, exp in fields.items():
                act = actual.get("data", {}).get(group, {}).get(item, {}).get(field)
                if exp is None and act is None:
                    continue
                if exp is None or act is None or abs(float(exp) - float(act)) > 1e-6:
                    diffs.append(f"{group}.{item}.{field}={act}(want {exp})")
    return diffs


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", default="gb2021-01,gb2021-03,gb2021-05,gb2019-05")
    ap.add_argument("--margins", default="1.6:9.0:0.25", help="bottom margin cm from:to:step")
    ap.add_argument("--fills", default="0")
    ap.add_argument("--work", default="/tmp/pbsweep")
    ap.add_argument("--thead", action="store_true", help="repeat the header rows on every page")
    ap.add_argument("--open", choices=["bottom", "top", "both"], default=None,
                    help="remove the table border at each break of table 三 (scripts/OpenBorders.java)")
    ap.add_argument("--open-tables", choices=["t3", "all"], default="t3",
                    help="open the breaks of table 三 only, or every break from table 二 to table 四")
    ap.add_argument("--jar", default=os.path.join(ROOT, "target", "nianbao-cli.jar"), help="the extractor to test")
    ap.add_argument("--reuse", action="store_true", help="extract the PDFs already rendered under --work again")
    ap.add_argument("--keep", default=None, help="copy failing PDFs + truth here")
    a = ap.parse_args(argv)
    lo, hi, step = (float(x) for x in a.margins.split(":"))
    margins = []
    m = lo
    while m <= hi + 1e-9:
        margins.append(round(m, 2))
        m += step
    fills = [int(x) for x in a.fills.split(",")]
    cfgs = {c["name"]: c for c in g.BORN_DIGITAL}
    src, out = os.path.join(a.work, "pdf"), os.path.join(a.work, "out")
    if a.reuse:
        shutil.rmtree(out, ignore_errors=True)
    else:
        shutil.rmtree(a.work, ignore_errors=True)
        os.makedirs(src)
    variants = []
    htmls = []
    for name in a.docs.split(","):
        cfg = dict(cfgs[name])
        cfg["split"] = {"t3": True}
        cfg["t3_page"] = False
        doc = g.make_doc(cfg)
        for nfill in fills:
            if nfill > len(doc["fill"]):
                continue
            for mb in margins:
                vname = f"{name}-f{nfill}-m{int(round(mb * 100)):04d}" + ("-h" if a.thead else "") + (
                    "-open-" + a.open if a.open else "")
                h = os.path.join(a.work, vname + ".html")
                if not a.reuse:
                    with open(h, "w", encoding="utf-8") as f:
                        f.write(variant_html(doc, nfill, mb, a.thead))
                htmls.append(h)
                variants.append((vname, doc))
    if not a.reuse:
        convert_all(htmls, src)
    if a.open and not a.reuse:
        open_borders(src, variants, a.open, a.work, a.open_tables)
    subprocess.run(["java", "-jar", a.jar, "extract", "--jobs", "1",
                    "--progress", "QUIET", "--out", out, src], check=False)
    bad = 0
    for vname, doc in variants:
        pdf = os.path.join(src, vname + ".pdf")
        res = os.path.join(out, vname + ".json")
        if not os.path.exists(res):
            print(f"{vname}: NO OUTPUT")
            bad += 1
            continue
        actual = json.load(open(res, encoding="utf-8"))
        diffs = compare(g.truth_json(doc), actual)
        warns = sorted({w.get("code") for w in actual.get("warnings", [])})
        status = "OK " if not diffs else "BAD"
        print(f"{status} {vname} [{break_desc(pdf)}] {len(diffs)} diffs {diffs[:6]} warnings={warns}")
        if diffs:
            bad += 1
            if a.keep:
                os.makedirs(a.keep, exist_ok=True)
                shutil.copy(pdf, os.path.join(a.keep, vname + ".pdf"))
                t = g.truth_json(doc)
                t["file"] = vname + ".pdf"
                t["features"] = variant_features(t["features"], vname)
                with open(os.path.join(a.keep, vname + ".truth.json"), "w", encoding="utf-8") as f:
                    json.dump(t, f, ensure_ascii=False, indent=2)
                    f.write("\n")
    print(f"{bad} of {len(variants)} variants differ from the truth")


if __name__ == "__main__":
    main()

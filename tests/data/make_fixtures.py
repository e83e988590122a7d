#!/usr/bin/python3
"""Makes the spreadsheet fixtures in tests/data/xlsx (run with Debian's /usr/bin/python3, which
has openpyxl). The files are committed; this script documents how each was made.

- openpyxl.xlsx: written by openpyxl (inline strings, no sharedStrings.xml), with the quirks
  users produce: leading zeros kept as text, an ID number as text, real dates, a hidden sheet,
  empty rows and columns, a boolean.
- excel-like.xlsx: the XML parts an Excel/WPS workbook has, written by hand: shared strings
  with rich-text runs and phonetic guides, a formula with its cached value, the 1904 date
  system, a custom date format, a two-row header with merged cells as the national templates
  use, a hidden sheet.
- legacy.xls: an Excel 97-2003 file written by xlwt (python3-xlwt).
- libreoffice/*.xlsx, *.xls: written by LibreOffice Calc itself (soffice --headless
  --convert-to) from the flat ODF sources libreoffice*.fods beside them: a two-row header
  with merged cells, text-formatted IDs with leading zeros, rich text, a multi-line cell,
  dates in a 年月日 format, a date in a date-and-time format, a date-time, a percentage, a
  boolean, numeric and text formulas with their results, full-width digits, spaces kept, an
  empty row and an empty column, a hidden sheet; libreoffice-1904 the same in the 1904 date
  system. LibreOffice is not needed to run the tests (the outputs are committed); with
  libreoffice-calc-nogui installed this script makes them again.
- malformed/*: truncated, not a zip, encrypted flag, zip bomb, old .xls, broken XML.
"""
import datetime
import os
import shutil
import subprocess
import zipfile

import openpyxl
import xlwt

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "xlsx")
os.makedirs(os.path.join(HERE, "malformed"), exist_ok=True)

# --- openpyxl ---------------------------------------------------------------------------------
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "在校生"
ws.append(["学号", "姓名", "性别", "出生日期", "身份证号", "专业代码", "年级", "入学年月", "欠费金额", "是否订单（定向）培养"])
ws.append(["0020240001", "欧阳娜娜", "女", datetime.date(2005, 2, 28), "13080220050228002X", "510201", 2024, "202409", 0, False])
ws.append([])  # an empty row in the middle
ws.append(["0020240002", "张三", "男", datetime.date(2004, 11, 3), "110105200411030015", "510201", 2024, "202409", 1234.5, True])
for row in ws.iter_rows(min_row=2, max_row=4, min_col=4, max_col=4):
    for c in row:
        c.number_format = "yyyy-mm-dd"
hidden = wb.create_sheet("说明")
hidden["A1"] = "隐藏的填表说明"
hidden.sheet_state = "hidden"
wb.save(os.path.join(HERE, "openpyxl.xlsx"))

# --- Excel-like, written part by part ---------------------------------------------------------
CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
WB = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/><sheets><sheet name="隐藏" sheetId="2" state="hidden" r:id="rId2"/><sheet name="A6-1-1 校内专任教师基本情况" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WBRELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"""
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="177" formatCode="0.00_ "/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="176"/><xf numFmtId="49"/><xf numFmtId="177"/></cellXfs></styleSheet>"""
SST = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="9" uniqueCount="9"><si><t>教工号</t></si><si><t>姓名</t></si><si><t>专业技术职务</t></si><si><t>等级</t></si><si><t>名称</t></si><si><r><rPr><b/></rPr><t>张</t></r><r><t xml:space="preserve">伟 </t></r><rPh sb="0" eb="1"><t>ZHANG</t></rPh></si><si><t>副高级</t></si><si><t>00123</t></si><si><t>出生年月</t></si></sst>"""
# Two-row header: A1:A2 教工号 and B1:B2 姓名 merged down, C1:D1 专业技术职务 merged across over
# 等级 and 名称, E1:E2 出生日期. Row 3: a formula with a cached value and a 1904-system date.
SHEET1 = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="E1" t="s"><v>8</v></c></row>
<row r="2"><c r="C2" t="s"><v>3</v></c><c r="D2" t="s"><v>4</v></c></row>
<row r="3"><c r="A3" t="s" s="2"><v>7</v></c><c r="B3" t="s"><v>5</v></c><c r="C3" t="s"><v>6</v></c><c r="D3" t="str"><f>CONCATENATE("副","教授")</f><v>副教授</v></c><c r="E3" s="1"><v>27394</v></c><c r="F3" s="3"><v>0.30000000000000004</v></c><c r="G3" t="b"><v>1</v></c></row>
<row r="5"><c r="A5" t="inlineStr"><is><t>00124</t></is></c><c r="B5" t="inlineStr"><is><r><t>李</t></r><r><t>娜</t></r></is></c><c r="E5"><f>DATE(1985,3,1)</f><v>29280</v></c></row>
</sheetData><mergeCells count="4"><mergeCell ref="A1:A2"/><mergeCell ref="B1:B2"/><mergeCell ref="C1:D1"/><mergeCell ref="E1:E2"/></mergeCells></worksheet>"""
SHEET2 = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>hidden</t></is></c></row></sheetData></worksheet>"""


def package(path, parts, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, data in parts.items():
            z.writestr(name, data)


EXCEL_PARTS = {
    "[Content_Types].xml": CT, "_rels/.rels": RELS, "xl/workbook.xml": WB, "xl/_rels/workbook.xml.rels": WBRELS,
    "xl/styles.xml": STYLES, "xl/sharedStrings.xml": SST, "xl/worksheets/sheet1.xml": SHEET1,
    "xl/worksheets/sheet2.xml": SHEET2,
}
package(os.path.join(HERE, "excel-like.xlsx"), EXCEL_PARTS)

# --- malformed --------------------------------------------------------------------------------
M = os.path.join(HERE, "malformed")
data = open(os.path.join(HERE, "excel-like.xlsx"), "rb").read()
open(os.path.join(M, "truncated.xlsx"), "wb").write(data[: len(data) // 2])
open(os.path.join(M, "not-a-zip.xlsx"), "w", encoding="utf-8").write("学号,姓名\n001,张三\n")
open(os.path.join(M, "old-excel.xls"), "wb").write(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 504)
broken = dict(EXCEL_PARTS)
broken["xl/worksheets/sheet1.xml"] = SHEET1.replace("</sheetData>", "<row r=\"9\"><c r=\"A9\"><v>1</v></c></sheetData")
package(os.path.join(M, "broken-xml.xlsx"), broken)
bomb = dict(EXCEL_PARTS)
bomb["xl/worksheets/sheet1.xml"] = SHEET1.replace("<sheetData>", "<sheetData>" + " " * (64 * 1024 * 1024))
package(os.path.join(M, "zip-bomb.xlsx"), bomb)
# An encrypted entry: set the "encrypted" flag of every entry (what a password-protected zip has).
enc = bytearray(open(os.path.join(HERE, "excel-like.xlsx"), "rb").read())
i = 0
while True:
    i = enc.find(b"PK\x03\x04", i)
    if i < 0:
        break
    enc[i + 6] |= 1
    i += 4
i = 0
while True:
    i = enc.find(b"PK\x01\x02", i)
    if i < 0:
        break
    enc[i + 8] |= 1
    i += 4
open(os.path.join(M, "encrypted.xlsx"), "wb").write(bytes(enc))

# csv in GB18030 with semicolons, and UTF-8 with BOM and a quoted multi-line cell.
open(os.path.join(HERE, "gbk.csv"), "wb").write("学号;姓名;性别\n0020240001;欧阳娜娜;女\n".encode("gb18030"))
open(os.path.join(HERE, "utf8-bom.csv"), "wb").write(("\ufeff学号,姓名,备注\n0020240002,张三,\"第一行\n第二行，含逗号\"\n").encode("utf-8"))
# Legacy .xls (BIFF8) written by xlwt: Chinese text, an identifier as text, numbers and a date.
book = xlwt.Workbook(encoding="utf-8")
sheet = book.add_sheet("教职工")
for c, h in enumerate(["教工号", "姓名", "出生年月", "工龄", "入职日期"]):
    sheet.write(0, c, h)
sheet.write(1, 0, "00123")
sheet.write(1, 1, "张伟")
sheet.write(1, 2, "198203")
sheet.write(1, 3, 12)
sheet.write(1, 4, datetime.date(2012, 9, 1), xlwt.easyxf(num_format_str="YYYY-MM-DD"))
sheet.write(2, 0, "00124")
sheet.write(2, 1, "李娜")
sheet.write(2, 3, 2.5)
book.save(os.path.join(HERE, "legacy.xls"))
# LibreOffice: only when soffice is installed (the files it wrote are committed).
LO = os.path.join(HERE, "libreoffice")
if shutil.which("soffice"):
    for source in ("libreoffice.fods", "libreoffice-1904.fods"):
        for target in ("xlsx", "xls"):
            subprocess.run(["soffice", "--headless", "--convert-to", target, "--outdir", LO, os.path.join(LO, source)],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
else:
    print("soffice not found: the LibreOffice fixtures were left as they are")
print("fixtures written to", HERE)

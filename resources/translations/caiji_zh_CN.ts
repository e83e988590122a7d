<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>caiji::CatalogJson</name>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="40"/>
        <source>Catalog file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="42"/>
        <source>, table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="44"/>
        <source>, field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="45"/>
        <source>: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="62"/>
        <source>&quot;%1&quot; is missing or not a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="73"/>
        <source>&quot;%1&quot; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="103"/>
        <source>a field entry is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="107"/>
        <source>(without key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="111"/>
        <source>the key must be lower-case ASCII letters, digits and _ (at most 30), starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="120"/>
        <source>unknown type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="125"/>
        <source>&quot;maxLength&quot; must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="131"/>
        <source>&quot;min&quot; is larger than &quot;max&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="135"/>
        <source>&quot;decimals&quot; must be a whole number from 0 to 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="142"/>
        <source>the pattern is not a valid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="150"/>
        <source>a code field needs &quot;codeList&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="155"/>
        <source>a reference field needs &quot;ref&quot; in the form TABLE.FIELD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="165"/>
        <source>a table entry is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="176"/>
        <source>unknown kind &quot;%1&quot; (source, detail, single or summary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="181"/>
        <source>unknown period &quot;%1&quot; (academic-year, calendar-year or point-in-time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="185"/>
        <source>unknown department &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="188"/>
        <source>unknown department &quot;%1&quot; in alsoDepartments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="199"/>
        <source>&quot;national&quot; needs a sheet name and a positive order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="204"/>
        <source>the table has no fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="211"/>
        <source>the key is used twice in this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="218"/>
        <source>key field &quot;%1&quot; is not a field of the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="232"/>
        <source>unknown category &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="236"/>
        <source>code list &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="240"/>
        <source>referenced table &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="242"/>
        <source>referenced table &quot;%1&quot; is not a data source table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="244"/>
        <source>referenced field &quot;%1&quot; does not exist in table %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="278"/>
        <source>not valid JSON at line %1, column %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="282"/>
        <source>the top level must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="287"/>
        <source>&quot;format&quot; must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="307"/>
        <source>code list &quot;%1&quot; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="317"/>
        <source>code list &quot;%1&quot; has an empty or repeated code &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="324"/>
        <source>code list &quot;%1&quot; has no items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="331"/>
        <source>the catalog has no tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="341"/>
        <source>the table code is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="361"/>
        <source>Cannot read catalog file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="452"/>
        <source>Cannot write catalog file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caiji::CliApp</name>
    <message>
        <location filename="../../core/cli/CliApp.cpp" line="84"/>
        <source>Option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli/CliApp.cpp" line="91"/>
        <source>Unknown option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli/CliApp.cpp" line="105"/>
        <source>Usage:
  caiji-cli init WS [--catalog FILE]          create a workspace (file path or postgresql://...)
  caiji-cli demo WS [--scale small|large]     create a workspace with a demo college
  caiji-cli catalog list [--json]             the catalog&apos;s tables
  caiji-cli catalog show CODE [--json]        one table&apos;s fields
  caiji-cli catalog check FILE                check a catalog file
  caiji-cli status WS [--round YEAR] [--json] tasks with states and row counts
Catalog commands read --catalog FILE, or --workspace WS, or the built-in catalog.
Exit status: 0 success, 1 problems found, 2 bad usage or unreadable input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli/CliApp.cpp" line="125"/>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli/CliApp.cpp" line="135"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli/CliApp.cpp" line="161"/>
        <source>init needs exactly one workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli/CliApp.cpp" line="181"/>
        <source>Created workspace %1 with catalog %2 (%3 tables).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli/CliApp.cpp" line="192"/>
        <source>demo needs exactly one workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli/CliApp.cpp" line="195"/>
        <source>--scale must be small or large, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli/CliApp.cpp" line="220"/>
        <source>Building the demo college failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli/CliApp.cpp" line="236"/>
        <source>Demo college written to %1: %2 rows in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli/CliApp.cpp" line="245"/>
        <source>catalog needs list, show CODE or check FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli/CliApp.cpp" line="250"/>
        <source>catalog check needs one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli/CliApp.cpp" line="255"/>
        <source>Catalog %1 is valid: %2 tables, %3 code lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli/CliApp.cpp" line="285"/>
        <source>catalog show needs one table code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli/CliApp.cpp" line="288"/>
        <source>The catalog has no table &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli/CliApp.cpp" line="298"/>
        <source>, required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli/CliApp.cpp" line="304"/>
        <source>Unknown catalog command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli/CliApp.cpp" line="310"/>
        <source>status needs exactly one workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli/CliApp.cpp" line="321"/>
        <source>--round must be a year, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli/CliApp.cpp" line="329"/>
        <source>The workspace has no collection round yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/cli/CliApp.cpp" line="330"/>
        <source>The workspace has no round %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caiji::DemoBuilder</name>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="93"/>
        <source>Departments, users and round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="96"/>
        <source>Organisations and majors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="99"/>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="102"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="105"/>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="108"/>
        <location filename="../../core/demo/DemoBuilder.cpp" line="506"/>
        <source>Teaching records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="111"/>
        <source>Other tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="114"/>
        <source>Task states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="125"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="145"/>
        <source>%1 status data collection (academic year %2-%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="170"/>
        <source>Could not hash the password of user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="232"/>
        <source>Major code has five digits instead of six</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="351"/>
        <source>Required education level is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="356"/>
        <source>Company practice days exceed the days of a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="360"/>
        <source>Birth month 13 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="409"/>
        <source>Wrong ID card check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="438"/>
        <source>Student number appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="478"/>
        <source>Teacher number is not in the staff table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="483"/>
        <source>Course code is not in the course table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caiji::Directory</name>
    <message>
        <location filename="../../core/storage/Directory.cpp" line="82"/>
        <source>A department needs a code and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Directory.cpp" line="123"/>
        <source>Round %1 has an invalid year or period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Directory.cpp" line="163"/>
        <source>Could not hash the password of user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Directory.cpp" line="241"/>
        <source>Table %1 is assigned to department %2, which the workspace does not have.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caiji::FieldHelpPane</name>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="17"/>
        <source>Select a cell to see what the field means and how to fill it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="31"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="31"/>
        <source>(no description in the catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="37"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="38"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="38"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="38"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="39"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="41"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="41"/>
        <source>at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="45"/>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="48"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="50"/>
        <source>Must exist in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="52"/>
        <source>Computed as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="56"/>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="68"/>
        <source>About this table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caiji::FieldType</name>
    <message>
        <location filename="../../core/catalog/FieldType.cpp" line="49"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/FieldType.cpp" line="51"/>
        <source>Multi-line text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/FieldType.cpp" line="53"/>
        <source>Whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/FieldType.cpp" line="55"/>
        <source>Decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/FieldType.cpp" line="57"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/FieldType.cpp" line="59"/>
        <source>Year and month (YYYYMM, six digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/FieldType.cpp" line="61"/>
        <source>Year (YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/FieldType.cpp" line="63"/>
        <source>Yes/No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/FieldType.cpp" line="65"/>
        <source>Code from a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/FieldType.cpp" line="67"/>
        <source>Reference to a source table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caiji::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="35"/>
        <source>Caiji — status data collection workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="46"/>
        <source>Choose a table in the task tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="58"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="65"/>
        <source>Field help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="90"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="91"/>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="94"/>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="97"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="98"/>
        <source>&amp;Fit columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="100"/>
        <source>Field &amp;help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="103"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="104"/>
        <source>&amp;About Caiji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="105"/>
        <source>About Caiji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="106"/>
        <source>&lt;h3&gt;Caiji %1&lt;/h3&gt;&lt;p&gt;Status data collection workbench for higher vocational colleges: collect, check, confirm, review and report the 人才培养工作状态数据.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="114"/>
        <source>Caiji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="119"/>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="120"/>
        <source>Caiji workspaces (*.caiji);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="145"/>
        <source>%1 — Caiji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="147"/>
        <source>Opened %1 (catalog %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="167"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="193"/>
        <source>Counting rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="196"/>
        <source>At least %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="199"/>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caiji::Role</name>
    <message>
        <location filename="../../core/storage/Directory.cpp" line="32"/>
        <source>Supervision office administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Directory.cpp" line="34"/>
        <source>Department data administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Directory.cpp" line="36"/>
        <source>Department head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Directory.cpp" line="38"/>
        <source>Domain reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Directory.cpp" line="40"/>
        <source>College leadership</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caiji::RowInserter</name>
    <message>
        <location filename="../../core/storage/RowInserter.cpp" line="76"/>
        <source>Cannot prepare the insert into table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/RowInserter.cpp" line="96"/>
        <source>Could not insert rows into table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/RowInserter.cpp" line="113"/>
        <source>Could not write the journal for table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caiji::SqlUtil</name>
    <message>
        <location filename="../../core/storage/SqlUtil.cpp" line="33"/>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caiji::Table</name>
    <message>
        <location filename="../../core/catalog/CatalogModel.cpp" line="52"/>
        <source>Data source table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogModel.cpp" line="54"/>
        <source>Detail table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogModel.cpp" line="56"/>
        <source>Single-record form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogModel.cpp" line="58"/>
        <source>Summary table (computed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogModel.cpp" line="80"/>
        <source>Academic year (Sep 1 - Aug 31)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogModel.cpp" line="82"/>
        <source>Calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogModel.cpp" line="84"/>
        <source>Point in time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caiji::TableRowModel</name>
    <message>
        <location filename="../../core/model/TableRowModel.cpp" line="157"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/TableRowModel.cpp" line="170"/>
        <source>Code %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caiji::TaskState</name>
    <message>
        <location filename="../../core/workflow/TaskState.cpp" line="49"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskState.cpp" line="51"/>
        <source>Filling in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskState.cpp" line="53"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskState.cpp" line="55"/>
        <source>Confirmed by department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskState.cpp" line="57"/>
        <source>Domain review passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskState.cpp" line="59"/>
        <source>Accepted by supervision office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskState.cpp" line="61"/>
        <source>Returned for correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskState.cpp" line="63"/>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskState.cpp" line="65"/>
        <source>Approved by leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskState.cpp" line="67"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caiji::TaskTreeModel</name>
    <message>
        <location filename="../../ui/tasktree/TaskTreeModel.cpp" line="15"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasktree/TaskTreeModel.cpp" line="15"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasktree/TaskTreeModel.cpp" line="15"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasktree/TaskTreeModel.cpp" line="38"/>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasktree/TaskTreeModel.cpp" line="55"/>
        <source>%1 of %2 tables started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasktree/TaskTreeModel.cpp" line="89"/>
        <source>Lead department for this table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caiji::Transaction</name>
    <message>
        <location filename="../../core/storage/SqlUtil.cpp" line="67"/>
        <source>Could not start a database transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/SqlUtil.cpp" line="73"/>
        <source>Could not save the changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caiji::ValueFormat</name>
    <message>
        <location filename="../../core/model/ValueFormat.cpp" line="15"/>
        <location filename="../../core/model/ValueFormat.cpp" line="42"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/ValueFormat.cpp" line="16"/>
        <location filename="../../core/model/ValueFormat.cpp" line="43"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caiji::Workspace</name>
    <message>
        <location filename="../../core/storage/Workspace.cpp" line="60"/>
        <source>%1 already exists; choose another file name or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Workspace.cpp" line="69"/>
        <source>The database %1 is not empty; a new workspace needs an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Workspace.cpp" line="101"/>
        <source>%1 is not a Caiji workspace (or the file is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Workspace.cpp" line="145"/>
        <source>The workspace %1 was made by a newer version of Caiji (schema %2; this program understands up to %3). Please upgrade Caiji.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Workspace.cpp" line="181"/>
        <source>The workspace %1 has no catalog installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/Workspace.cpp" line="185"/>
        <source>(catalog %1 stored in the workspace)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caiji::WorkspaceLocation</name>
    <message>
        <location filename="../../core/storage/WorkspaceLocation.cpp" line="17"/>
        <source>No workspace given: name a .caiji file or a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/WorkspaceLocation.cpp" line="24"/>
        <source>The PostgreSQL address &quot;%1&quot; is not valid; expected postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/WorkspaceLocation.cpp" line="45"/>
        <source>Unsupported workspace address &quot;%1&quot;: use a file path or postgresql://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/WorkspaceLocation.cpp" line="67"/>
        <source>Workspace file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/WorkspaceLocation.cpp" line="72"/>
        <source>Workspace file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/WorkspaceLocation.cpp" line="80"/>
        <source>Cannot open workspace file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/storage/WorkspaceLocation.cpp" line="102"/>
        <source>Cannot connect to PostgreSQL workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="20"/>
        <source>Caiji status data collection workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="24"/>
        <source>Workspace file or postgresql:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="25"/>
        <source>Table to show first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="28"/>
        <source>Save a picture of the window and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="41"/>
        <source>Caiji</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

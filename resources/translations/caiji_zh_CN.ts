<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>caiji::AccessPolicy</name>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="205"/>
        <source>Account %1 (%2)</source>
        <translation>账户 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="206"/>
        <source>Account %1 (%2, %3)</source>
        <translation>账户 %1（%2，%3）</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="212"/>
        <source>all departments&apos; rows</source>
        <translation>各部门的数据</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="212"/>
        <source>the rows of %1</source>
        <translation>%1的数据</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="213"/>
        <source>%1 has no right to %2 %3 of table %4. %5</source>
        <translation>%1没有对表 %4 中%3的“%2”权限。%5</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="221"/>
        <source>%1 has no right to %2: only the supervision office administers a workspace.</source>
        <translation>%1没有“%2”的权限：只有督导考核办公室管理工作区。</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="224"/>
        <source>%1 has no right to %2 the whole round: exports beyond one department are the supervision office&apos;s.</source>
        <translation>%1没有“%2”整轮数据的权限：跨部门导出数据由督导考核办公室负责。</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="226"/>
        <source>%1 has no right to %2 the whole round.</source>
        <translation>%1没有“%2”整轮数据的权限。</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="234"/>
        <source>It is a summary table: Caiji computes it from the detail rows.</source>
        <translation>这是汇总表，由采集工作台根据明细数据计算。</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="258"/>
        <source>Only a department&apos;s data administrator fills its tables.</source>
        <translation>只有部门数据采集管理员填报本部门的数据表。</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="275"/>
        <source>College leadership reads the data; it does not change or export it.</source>
        <translation>院领导查阅数据，不修改、不导出数据。</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="277"/>
        <source>The table is kept by %1.</source>
        <translation>该表由%1负责。</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="279"/>
        <source>Each department works on its own rows.</source>
        <translation>各部门只处理本部门的数据。</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="286"/>
        <source>%1 is a summary table: Caiji computes it from the detail rows, nobody types into it.</source>
        <translation>“%1”是汇总表，由采集工作台根据明细数据自动计算，不能手工录入。</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="291"/>
        <source>College leadership reads the data; it does not fill tables.</source>
        <translation>院领导只查看数据，不填报数据表。</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="294"/>
        <source>%1 is a data source table kept by %2; other departments only read it.</source>
        <translation>“%1”是由%2维护的数据源表，其他部门只能查看。</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="296"/>
        <source>%1 is filled by %2, not by your department.</source>
        <translation>“%1”由%2填报，不属于本部门的填报任务。</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="299"/>
        <source>Your department&apos;s data administrator fills %1; you read and confirm it.</source>
        <translation>“%1”由本部门数据采集管理员填报，您负责审核确认。</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="312"/>
        <source>This row belongs to another department (%1).</source>
        <translation>此行属于其他部门（%1）。</translation>
    </message>
</context>
<context>
    <name>caiji::Accounts</name>
    <message>
        <location filename="../../core/auth/Accounts.cpp" line="66"/>
        <source>Could not hash the password of user %1.</source>
        <translation>无法计算用户 %1 的密码哈希值。</translation>
    </message>
    <message>
        <location filename="../../core/auth/Accounts.cpp" line="140"/>
        <source>Sign-in failed: the account &quot;%1&quot; or its password is wrong, or the account is disabled.</source>
        <translation>登录失败：账户“%1”或密码不正确，或该账户已停用。</translation>
    </message>
    <message>
        <location filename="../../core/auth/Accounts.cpp" line="151"/>
        <source>The account &quot;%1&quot; is locked after %2 wrong passwords until %3. Try again then, or ask the supervision office to reset the password.</source>
        <translation>账户“%1”因连续 %2 次密码错误已锁定至 %3。请届时再试，或请督导考核办公室重置密码。</translation>
    </message>
    <message>
        <location filename="../../core/auth/Accounts.cpp" line="167"/>
        <source>The account &quot;%1&quot; is locked for %2 minutes after %3 wrong passwords.</source>
        <translation>账户“%1”因连续 %3 次密码错误被锁定 %2 分钟。</translation>
    </message>
    <message>
        <location filename="../../core/auth/Accounts.cpp" line="192"/>
        <source>A password needs at least 8 characters, with letters and digits.</source>
        <translation>密码至少 8 位，且须同时包含字母和数字。</translation>
    </message>
    <message>
        <location filename="../../core/auth/Accounts.cpp" line="209"/>
        <location filename="../../core/auth/Accounts.cpp" line="284"/>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>没有账户“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/auth/Accounts.cpp" line="231"/>
        <source>The login &quot;%1&quot; is not usable: 2 to 40 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>登录名“%1”不可用：须为 2 到 40 个字母、数字、“.”、“_”或“-”，并以字母或数字开头。</translation>
    </message>
    <message>
        <location filename="../../core/auth/Accounts.cpp" line="235"/>
        <source>The account %1 needs a name.</source>
        <translation>账号 %1 需要填写姓名。</translation>
    </message>
    <message>
        <location filename="../../core/auth/Accounts.cpp" line="237"/>
        <source>The account %1 needs a role.</source>
        <translation>账号 %1 至少需要一个角色。</translation>
    </message>
    <message>
        <location filename="../../core/auth/Accounts.cpp" line="241"/>
        <source>A department&apos;s data administrator, head or reviewer belongs to a department.</source>
        <translation>部门采集员、部门负责人和业务审核员必须属于某个部门。</translation>
    </message>
    <message>
        <location filename="../../core/auth/Accounts.cpp" line="244"/>
        <source>There is no department &quot;%1&quot;.</source>
        <translation>没有部门“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/auth/Accounts.cpp" line="247"/>
        <source>The login %1 is taken (%2).</source>
        <translation>登录名 %1 已被占用（%2）。</translation>
    </message>
    <message>
        <location filename="../../core/auth/Accounts.cpp" line="274"/>
        <source>You cannot disable your own account.</source>
        <translation>不能停用您本人的账户。</translation>
    </message>
    <message>
        <location filename="../../core/auth/Accounts.cpp" line="306"/>
        <source>The current password is not right.</source>
        <translation>当前密码不正确。</translation>
    </message>
</context>
<context>
    <name>caiji::AccountsDialog</name>
    <message>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="36"/>
        <source>Accounts</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="43"/>
        <source>New account…</source>
        <translation>新建账号…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="44"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="45"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="46"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="47"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="72"/>
        <source>Account %1 created.</source>
        <translation>已创建账号 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="77"/>
        <source>Account %1 disabled.</source>
        <translation>已停用账号 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="82"/>
        <source>Account %1 enabled.</source>
        <translation>已启用账号 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="87"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="88"/>
        <source>New password for %1 (8 or more characters, letters and digits):</source>
        <translation>%1 的新密码（至少 8 位，须含字母和数字）：</translation>
    </message>
    <message>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="92"/>
        <source>The password of %1 is reset.</source>
        <translation>已重置 %1 的密码。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="102"/>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="196"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="102"/>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="197"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="102"/>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="198"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="102"/>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="199"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="102"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="117"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="118"/>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="119"/>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="151"/>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="164"/>
        <source>Select an account first.</source>
        <translation>请先选择一个账号。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="176"/>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="180"/>
        <source>(none: office-wide)</source>
        <translation>（无：全校范围）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="200"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="201"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../ui/admin/AccountsDialog.cpp" line="205"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>caiji::Action</name>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="14"/>
        <source>read</source>
        <translation>读取</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="16"/>
        <source>edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="18"/>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="20"/>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="22"/>
        <source>explain findings</source>
        <translation>填写问题说明</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="24"/>
        <source>review explanations</source>
        <translation>审核说明</translation>
    </message>
    <message>
        <location filename="../../core/auth/AccessPolicy.cpp" line="26"/>
        <source>administer the workspace</source>
        <translation>管理工作区</translation>
    </message>
</context>
<context>
    <name>caiji::Assignments</name>
    <message numerus="yes">
        <location filename="../../core/workflow/Assignments.cpp" line="74"/>
        <source>Table %1: %2 has begun its task of round %3 (%4, %n row(s)); it cannot be taken off the table. Move its rows first, or keep it.</source>
        <translation>
            <numerusform>表 %1：%2 已开始 %3 年度轮次的该项任务（%4，%n 行），不能从该表的分工中去掉。请先移交其数据行，或保留该部门。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caiji::BulkCellWriter</name>
    <message>
        <location filename="../../core/write/BulkCellWriter.cpp" line="164"/>
        <source>Table %1 has more than %2 fields: its rows cannot be written this way.</source>
        <translation>表 %1 的字段超过 %2 个，无法用这种方式写入其行。</translation>
    </message>
</context>
<context>
    <name>caiji::CatalogJson</name>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="42"/>
        <source>Catalog file %1</source>
        <translation>指标目录文件 %1</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="44"/>
        <source>, table %1</source>
        <translation>，表 %1</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="46"/>
        <source>, field %1</source>
        <translation>，字段 %1</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="47"/>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="64"/>
        <source>&quot;%1&quot; is missing or not a non-empty string</source>
        <translation>“%1”缺失或不是非空字符串</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="75"/>
        <source>&quot;%1&quot; must be a number</source>
        <translation>“%1”必须是数字</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="105"/>
        <source>a field entry is not an object</source>
        <translation>字段条目不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="109"/>
        <source>(without key)</source>
        <translation>（缺少 key）</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="113"/>
        <source>the key must be lower-case ASCII letters, digits and _ (at most 30), starting with a letter</source>
        <translation>key 只能由小写英文字母、数字和 _ 组成（最多 30 个字符），且必须以字母开头</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="122"/>
        <source>unknown type &quot;%1&quot;</source>
        <translation>未知的字段类型“%1”</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="127"/>
        <source>&quot;maxLength&quot; must be a positive whole number</source>
        <translation>“maxLength”必须是正整数</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="133"/>
        <source>&quot;min&quot; is larger than &quot;max&quot;</source>
        <translation>“min”大于“max”</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="137"/>
        <source>&quot;decimals&quot; must be a whole number from 0 to 6</source>
        <translation>“decimals”必须是 0 到 6 之间的整数</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="144"/>
        <source>the pattern is not a valid regular expression: %1</source>
        <translation>pattern 不是有效的正则表达式：%1</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="148"/>
        <source>a &quot;pattern&quot; needs a &quot;format&quot; saying in words what it asks for (such as 6 位数字)</source>
        <translation>“pattern”须配有“format”，用文字说明它要求的格式（如 6 位数字）</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="157"/>
        <source>a code field needs &quot;codeList&quot;</source>
        <translation>代码型字段必须指定“codeList”</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="163"/>
        <source>a reference field needs &quot;ref&quot; in the form TABLE.FIELD, not &quot;%1&quot;</source>
        <translation>引用型字段的“ref”必须采用 TABLE.FIELD 形式，不能是“%1”</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="173"/>
        <source>a table entry is not an object</source>
        <translation>数据表条目不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="185"/>
        <source>unknown kind &quot;%1&quot; (source, detail, single or summary)</source>
        <translation>未知的表类型“%1”（应为 source、detail、single 或 summary）</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="190"/>
        <source>unknown period &quot;%1&quot; (academic-year, calendar-year or point-in-time)</source>
        <translation>未知的统计期间“%1”（应为 academic-year、calendar-year 或 point-in-time）</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="194"/>
        <source>unknown department &quot;%1&quot;</source>
        <translation>未知的部门“%1”</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="197"/>
        <source>unknown department &quot;%1&quot; in alsoDepartments</source>
        <translation>alsoDepartments 中有未知的部门“%1”</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="208"/>
        <source>&quot;national&quot; needs a sheet name and a positive order</source>
        <translation>“national”必须包含工作表名称和正整数序号</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="213"/>
        <source>the table has no fields</source>
        <translation>该表没有任何字段</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="220"/>
        <source>the key is used twice in this table</source>
        <translation>该 key 在本表中重复</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="227"/>
        <source>key field &quot;%1&quot; is not a field of the table</source>
        <translation>关键字段“%1”不是本表的字段</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="241"/>
        <source>unknown category &quot;%1&quot;</source>
        <translation>未知的分类“%1”</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="245"/>
        <source>code list &quot;%1&quot; does not exist</source>
        <translation>代码表“%1”不存在</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="249"/>
        <source>referenced table &quot;%1&quot; does not exist</source>
        <translation>引用的表“%1”不存在</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="252"/>
        <source>referenced table &quot;%1&quot; is not a data source table</source>
        <translation>引用的表“%1”不是数据源表</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="254"/>
        <source>referenced field &quot;%1&quot; does not exist in table %2</source>
        <translation>表 %2 中不存在引用的字段“%1”</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="288"/>
        <source>not valid JSON at line %1, column %2 (%3)</source>
        <translation>第 %1 行第 %2 列处不是有效的 JSON（%3）</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="292"/>
        <source>the top level must be an object</source>
        <translation>顶层必须是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="297"/>
        <source>&quot;format&quot; must be &quot;%1&quot;</source>
        <translation>“format”必须为“%1”</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="317"/>
        <source>code list &quot;%1&quot; is defined twice</source>
        <translation>代码表“%1”重复定义</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="327"/>
        <source>code list &quot;%1&quot; has an empty or repeated code &quot;%2&quot;</source>
        <translation>代码表“%1”中有空代码或重复代码“%2”</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="334"/>
        <source>code list &quot;%1&quot; has no items</source>
        <translation>代码表“%1”没有任何代码项</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="341"/>
        <source>the catalog has no tables</source>
        <translation>指标目录中没有任何数据表</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="351"/>
        <source>the table code is used twice</source>
        <translation>表号重复</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="377"/>
        <source>Cannot read catalog file %1: %2</source>
        <translation>无法读取指标目录文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogJson.cpp" line="485"/>
        <source>Cannot write catalog file %1: %2</source>
        <translation>无法写入指标目录文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>caiji::CellHistory</name>
    <message>
        <location filename="../../core/history/CellHistory.cpp" line="87"/>
        <source>Table %1 has no field %2.</source>
        <translation>表 %1 没有字段 %2。</translation>
    </message>
    <message>
        <location filename="../../core/history/CellHistory.cpp" line="96"/>
        <source>Table %1 has no row %2.</source>
        <translation>表 %1 中没有行 %2。</translation>
    </message>
    <message>
        <location filename="../../core/history/CellHistory.cpp" line="149"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../core/history/CellHistory.cpp" line="150"/>
        <location filename="../../core/history/CellHistory.cpp" line="160"/>
        <source>Computed</source>
        <translation>系统计算</translation>
    </message>
    <message>
        <location filename="../../core/history/CellHistory.cpp" line="151"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../core/history/CellHistory.cpp" line="152"/>
        <source>Row added</source>
        <translation>新增行</translation>
    </message>
    <message>
        <location filename="../../core/history/CellHistory.cpp" line="154"/>
        <source>Row deleted</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../core/history/CellHistory.cpp" line="156"/>
        <source>Row restored</source>
        <translation>恢复行</translation>
    </message>
    <message>
        <location filename="../../core/history/CellHistory.cpp" line="158"/>
        <source>Import</source>
        <translation>导入修改</translation>
    </message>
    <message>
        <location filename="../../core/history/CellHistory.cpp" line="162"/>
        <source>Key change carried over</source>
        <translation>编号变更联动修改</translation>
    </message>
    <message>
        <location filename="../../core/history/CellHistory.cpp" line="164"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../core/history/CellHistory.cpp" line="165"/>
        <source>Edit</source>
        <translation>录入修改</translation>
    </message>
</context>
<context>
    <name>caiji::CellHistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/CellHistoryDialog.cpp" line="30"/>
        <source>Change history — %1</source>
        <translation>修改记录 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/CellHistoryDialog.cpp" line="33"/>
        <source>Table %1, field %2</source>
        <translation>表 %1，字段 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/CellHistoryDialog.cpp" line="36"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/CellHistoryDialog.cpp" line="36"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/CellHistoryDialog.cpp" line="36"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/CellHistoryDialog.cpp" line="36"/>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/CellHistoryDialog.cpp" line="36"/>
        <source>After</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/CellHistoryDialog.cpp" line="47"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>caiji::CellMarks</name>
    <message>
        <location filename="../../ui/grid/CellMarks.cpp" line="20"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/grid/CellMarks.cpp" line="23"/>
        <source>Explanation (%1): %2</source>
        <translation>说明（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../ui/grid/CellMarks.cpp" line="38"/>
        <source>Comment (%1, %2): %3</source>
        <translation>意见（%1，%2）：%3</translation>
    </message>
    <message>
        <location filename="../../ui/grid/CellMarks.cpp" line="47"/>
        <source>Merge conflict (%1): base &quot;%2&quot;, master &quot;%3&quot;, package &quot;%4&quot;</source>
        <translation>合并冲突（%1）：基准“%2”，主库“%3”，数据包“%4”</translation>
    </message>
</context>
<context>
    <name>caiji::ChangesDialog</name>
    <message>
        <location filename="../../ui/workflow/ChangesDialog.cpp" line="62"/>
        <source>Changes to %1 since it was returned</source>
        <translation>%1 退回后的修改</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/ChangesDialog.cpp" line="68"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/ChangesDialog.cpp" line="68"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/ChangesDialog.cpp" line="68"/>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/ChangesDialog.cpp" line="68"/>
        <source>After</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/ChangesDialog.cpp" line="68"/>
        <source>By</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/ChangesDialog.cpp" line="68"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/ChangesDialog.cpp" line="83"/>
        <source>(row added)</source>
        <translation>（新增行）</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/ChangesDialog.cpp" line="86"/>
        <source>(row deleted)</source>
        <translation>（删除行）</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/ChangesDialog.cpp" line="89"/>
        <source>(row restored)</source>
        <translation>（恢复行）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workflow/ChangesDialog.cpp" line="102"/>
        <source>%n change(s) since the last return.</source>
        <translation>
            <numerusform>上次退回后共有 %n 处修改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caiji::CliApp</name>
    <message>
        <location filename="../../core/cli/CliApp.cpp" line="70"/>
        <source>Option --%1 needs a value.</source>
        <translation>选项 --%1 需要一个值。</translation>
    </message>
    <message>
        <location filename="../../core/cli/CliApp.cpp" line="77"/>
        <source>Unknown option --%1.</source>
        <translation>未知选项 --%1。</translation>
    </message>
    <message>
        <location filename="../../core/cli/CliApp.cpp" line="95"/>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <location filename="../../core/cli/CliApp.cpp" line="137"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/cli/CliCommand.cpp" line="50"/>
        <source>Usage:
  caiji-cli init WS [--catalog FILE]          create a workspace (file path or postgresql://...)
  caiji-cli demo WS [--scale small|large]     create a workspace with a demo college
  caiji-cli catalog list [--json]             the catalog&apos;s tables
  caiji-cli catalog show CODE [--json]        one table&apos;s fields
  caiji-cli catalog check FILE                check a catalog file
  caiji-cli status WS [--round YEAR] [--json] tasks with states and row counts
  caiji-cli validate WS [--round YEAR] [--department NAME] [--json] [--xlsx OUT.xlsx]
                                              check the data; exit 1 when errors remain
  caiji-cli import WS --table CODE FILE [--sheet NAME] [--mode update|replace|append]
                  [--department NAME] [--dry-run] [--remove-referenced] [--rejected OUT.xlsx] [--json]
                                              import xlsx/xls/csv (update by key by default; replace
                                              keeps rows other tables use unless --remove-referenced);
                                              exit 1 when rows were rejected
  caiji-cli export WS (--table CODE | --national | --all) OUT.(xlsx|csv) [--department NAME] [--codes] [--force] [--json]
                                              one table, the national workbook, every table of the round,
                                              or (--department alone) that department&apos;s tables
  caiji-cli rules list WS | add WS --table CODE RULE.json | remove WS ID
                                              validation rules added to one workspace
  caiji-cli round open WS --year YEAR [--from YEAR] | close WS --year YEAR | reopen WS --year YEAR
                  --reason TEXT | schedule WS --opens DATE --due DATE [--source-days N]
                                              the office&apos;s rounds: open next year&apos;s from last year&apos;s,
                                              close, reopen with a reason, deadlines in working days
  caiji-cli user list WS | add WS LOGIN --name NAME --role ROLE[,ROLE] [--department NAME]
                  | disable|enable|reset-password WS LOGIN | passwd WS
                                              accounts (the office); roles: collector, head, reviewer,
                                              supervisor, leader; passwd: your own password;
                                              new passwords from CAIJI_NEW_PASSWORD or typed
  caiji-cli division show WS [--json] | export WS OUT.xlsx | import WS IN.xlsx [--reason TEXT]
                  | set WS --table CODE --lead NAME [--fill NAMES] [--review NAME] [--reason TEXT]
                                              the division of the tables among departments (任务分解表);
                                              the running round&apos;s tasks follow it
  caiji-cli task submit|confirm|review|accept|return|unlock|request-unlock WS --table CODE
                  [--department NAME] [--until DATE] [--fields F1,F2]
                  [--reason TEXT] [--comment TEXT] [--json]; task accept WS --all --department NAME
                                              one step of the collection process as --user; exit 1
                                              with what blocks it, 2 when the account may not
  caiji-cli task deadline|extend WS --table CODE [--department NAME] --until DATE [--reason TEXT]
                                              the office sets a task&apos;s deadline, or lets a late task
                                              be filled until a day (extend needs a reason)
  caiji-cli letter WS --department NAME [--round YEAR] OUT.pdf
                                              the department&apos;s confirmation letter (a draft until
                                              confirmed); the last line is its verification code
  caiji-cli letter WS --number N OUT.pdf      reprints a registered letter (void ones marked so)
  caiji-cli letter WS --number N --scan FILE  attaches the signed letter&apos;s scan: signed and returned
  caiji-cli letter WS --list [--round YEAR]   the round&apos;s letters with number, code and state
  caiji-cli verify WS CODE|SCAN               whether the data still matches the letter with this
                                              verification code, or whose scan or photo this is
                                              (its QR code); exit 1 with the changed tables
  caiji-cli print WS --table CODE [--department NAME] OUT.pdf
                                              a table in the official layout; --notice --department
                                              NAME: the return notice; --findings: the findings list
  caiji-cli package export WS --department NAME [--round YEAR] [--seal] OUT.caijipkg
                                              the office issues a department&apos;s package to fill offline
                                              (--seal: it goes back encrypted for the office)
  caiji-cli package return PKG OUT.caijipkg   the department writes the file it sends back
  caiji-cli merge WS PKG... [--json]          merges returned packages; exit 1 with the conflicts
                                              staged when any (the master is then unchanged)
  caiji-cli conflicts WS [--json]             the conflicts of staged merges
  caiji-cli resolve WS ID (--master|--package|--base|--value TEXT) [--note TEXT]
                                              decides a conflict; merge the package again to commit
  caiji-cli template export WS KIND OUT.html | import WS KIND IN.html | reset WS KIND
                                              KIND: letter, table, notice or findings;
                                              the office edits a printout&apos;s template (a broken one
                                              is refused naming its line)
Commands on a workspace take --user LOGIN (password from CAIJI_PASSWORD or typed) and are held to
that account&apos;s rights; without --user an SQLite file is used as its owner (whoever holds the file
holds its data); a PostgreSQL workspace needs --user.
Catalog commands read --catalog FILE, or --workspace WS, or the built-in catalog.
Exit status: 0 success, 1 problems found, 2 bad usage or unreadable input.</source>
        <translation>用法：
  caiji-cli init WS [--catalog FILE]          创建工作区（文件路径或 postgresql://...）
  caiji-cli demo WS [--scale small|large]     创建含示例院校数据的工作区
  caiji-cli catalog list [--json]             列出指标目录中的数据表
  caiji-cli catalog show CODE [--json]        显示一张表的字段
  caiji-cli catalog check FILE                检查指标目录文件
  caiji-cli status WS [--round YEAR] [--json] 列出各项任务的状态和行数
  caiji-cli validate WS [--round YEAR] [--department NAME] [--json] [--xlsx OUT.xlsx]
                                              检查数据；仍有错误时退出状态为 1
  caiji-cli import WS --table CODE FILE [--sheet NAME] [--mode update|replace|append]
                  [--department NAME] [--dry-run] [--remove-referenced] [--rejected OUT.xlsx] [--json]
                                              导入 xlsx/xls/csv 文件（默认按关键字更新；替换时保留
                                              其他表引用的行，除非加 --remove-referenced）；
                                              有未导入的行时退出状态为 1
  caiji-cli export WS (--table CODE | --national | --all) OUT.(xlsx|csv) [--department NAME] [--codes] [--force] [--json]
                                              导出一张表、国家平台上报工作簿、本轮全部数据表，
                                              或（只给 --department 时）该部门的全部数据表
  caiji-cli rules list WS | add WS --table CODE RULE.json | remove WS ID
                                              本工作区另加的校验规则
  caiji-cli round open WS --year YEAR [--from YEAR] | close WS --year YEAR | reopen WS --year YEAR
                  --reason TEXT | schedule WS --opens DATE --due DATE [--source-days N]
                                              督导办管理采集轮次：由上年开启新一轮、关闭、
                                              说明理由后重新开启、按工作日安排截止日期
  caiji-cli user list WS | add WS LOGIN --name NAME --role ROLE[,ROLE] [--department NAME]
                  | disable|enable|reset-password WS LOGIN | passwd WS
                                              账户管理（督导办）；角色：collector（采集员）、head（负责人）、
                                              reviewer（业务审核员）、supervisor（督导办）、leader（院领导）；
                                              passwd：修改本人密码；新密码取自 CAIJI_NEW_PASSWORD 或在终端输入
  caiji-cli division show WS [--json] | export WS OUT.xlsx | import WS IN.xlsx [--reason TEXT]
                  | set WS --table CODE --lead NAME [--fill NAMES] [--review NAME] [--reason TEXT]
                                              各表在部门间的分工（任务分解表）；
                                              正在采集的轮次的任务随之调整
  caiji-cli task submit|confirm|review|accept|return|unlock|request-unlock WS --table CODE
                  [--department NAME] [--until DATE] [--fields F1,F2]
                  [--reason TEXT] [--comment TEXT] [--json]；task accept WS --all --department NAME
                                              以 --user 账户办理采集流程的一步；被规则阻止时退出状态为 1
                                              并列出原因，账户无权办理时为 2
  caiji-cli task deadline|extend WS --table CODE [--department NAME] --until DATE [--reason TEXT]
                                              督导办设定任务截止日期，或允许逾期任务填报至某日
                                              （extend 须说明理由）
  caiji-cli letter WS --department NAME [--round YEAR] OUT.pdf
                                              部门的上报确认书（确认前为草稿）；最后一行输出校验码
  caiji-cli letter WS --number N OUT.pdf      按原样重印已登记的确认书（已作废的标明作废）
  caiji-cli letter WS --number N --scan FILE  附上签字确认书的扫描件：状态改为已签回
  caiji-cli letter WS --list [--round YEAR]   本轮确认书登记：编号、校验码和状态
  caiji-cli verify WS CODE|SCAN               按校验码，或按确认书扫描件、照片上的二维码，核对该确认书
                                              与现有数据是否一致；不一致时退出状态为 1 并列出有改动的表
  caiji-cli print WS --table CODE [--department NAME] OUT.pdf
                                              按正式版式打印数据表；--notice --department NAME：
                                              退回修改通知；--findings：数据核查问题清单
  caiji-cli package export WS --department NAME [--round YEAR] [--seal] OUT.caijipkg
                                              督导办签发部门数据包，供部门脱机填报
                                              （--seal：交回时加密，只有督导办能打开）
  caiji-cli package return PKG OUT.caijipkg   部门生成要交回的数据包文件
  caiji-cli merge WS PKG... [--json]          合并交回的数据包；有冲突时暂存（主库不变），退出状态为 1 并列出冲突
  caiji-cli conflicts WS [--json]             列出暂存合并中的冲突
  caiji-cli resolve WS ID (--master|--package|--base|--value TEXT) [--note TEXT]
                                              裁决一个冲突；再次合并该数据包即提交
  caiji-cli template export WS KIND OUT.html | import WS KIND IN.html | reset WS KIND
                                              KIND：letter（确认书）、table（数据表）、notice（退回通知）
                                              或 findings（问题清单）；督导办修改文书模板（有误的模板被拒绝并指出所在行）
对工作区的命令可加 --user LOGIN（密码取自 CAIJI_PASSWORD 或在终端输入），并受该账户权限约束；
不加 --user 时，SQLite 文件按其所有者身份使用（持有文件即持有其数据）；PostgreSQL 工作区必须加 --user。
catalog 命令从 --catalog FILE 或 --workspace WS 读取指标目录，均未指定时使用内置指标目录。
退出状态：0 成功，1 发现问题，2 用法错误或输入无法读取。</translation>
    </message>
    <message>
        <location filename="../../core/cli/CliCommand.cpp" line="164"/>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location filename="../../core/cli/CliCommand.cpp" line="167"/>
        <source>No password for %1: set CAIJI_PASSWORD or run caiji-cli on a terminal.</source>
        <translation>没有 %1 的密码：请设置 CAIJI_PASSWORD，或在终端中运行 caiji-cli。</translation>
    </message>
    <message>
        <location filename="../../core/cli/CliCommand.cpp" line="181"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../../core/cli/CliCommand.cpp" line="198"/>
        <source>--round must be a year, not &quot;%1&quot;.</source>
        <translation>--round 必须是年份，不能是“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/cli/CliCommand.cpp" line="208"/>
        <source>The workspace has no collection round yet.</source>
        <translation>该工作区还没有采集轮次。</translation>
    </message>
    <message>
        <location filename="../../core/cli/CliCommand.cpp" line="209"/>
        <source>The workspace has no round %1.</source>
        <translation>该工作区没有 %1 年采集轮次。</translation>
    </message>
</context>
<context>
    <name>caiji::ConfirmationLetter</name>
    <message>
        <location filename="../../core/documents/ConfirmationLetter.cpp" line="40"/>
        <source>There is no department &quot;%1&quot;.</source>
        <translation>没有部门“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/documents/ConfirmationLetter.cpp" line="50"/>
        <source>%1 has no task in round %2: there is nothing to confirm.</source>
        <translation>%1 在 %2 年度轮次中没有任务，无需确认。</translation>
    </message>
</context>
<context>
    <name>caiji::ConflictCellMenu</name>
    <message>
        <location filename="../../ui/exchange/ConflictCellMenu.cpp" line="38"/>
        <source>Merge &amp;conflict</source>
        <translation>合并冲突(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictCellMenu.cpp" line="42"/>
        <source>%1: base &quot;%2&quot;, master &quot;%3&quot;, package &quot;%4&quot;</source>
        <translation>%1：基准“%2”，主库“%3”，数据包“%4”</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictCellMenu.cpp" line="49"/>
        <source>Take the &amp;master&apos;s value</source>
        <translation>采用主库的值(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictCellMenu.cpp" line="50"/>
        <source>Take the &amp;package&apos;s value</source>
        <translation>采用数据包的值(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictCellMenu.cpp" line="52"/>
        <source>Keep the &amp;base&apos;s value</source>
        <translation>保留基准的值(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictCellMenu.cpp" line="54"/>
        <source>&amp;Type a value…</source>
        <translation>填写一个值(&amp;T)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/ConflictCellMenu.cpp" line="61"/>
        <source>Whole row (%n conflict(s)): take the master&apos;s</source>
        <translation>
            <numerusform>整行（%n 处冲突）：采用主库</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/ConflictCellMenu.cpp" line="62"/>
        <source>Whole row (%n conflict(s)): take the package&apos;s</source>
        <translation>
            <numerusform>整行（%n 处冲突）：采用数据包</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictCellMenu.cpp" line="75"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictCellMenu.cpp" line="75"/>
        <source>The value to keep:</source>
        <translation>要保留的值：</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictCellMenu.cpp" line="86"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictCellMenu.cpp" line="87"/>
        <source>The department head confirmed the package&apos;s value. Why is it overridden?</source>
        <translation>部门负责人已确认数据包中的值。为什么不采用它？</translation>
    </message>
</context>
<context>
    <name>caiji::ConflictsModel</name>
    <message>
        <location filename="../../ui/exchange/ConflictsModel.cpp" line="70"/>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictsModel.cpp" line="70"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictsModel.cpp" line="83"/>
        <source>whole row</source>
        <translation>整行</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictsModel.cpp" line="95"/>
        <source>to decide</source>
        <translation>待裁决</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictsModel.cpp" line="97"/>
        <source>master&apos;s</source>
        <translation>采用主库</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictsModel.cpp" line="99"/>
        <source>package&apos;s</source>
        <translation>采用数据包</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictsModel.cpp" line="101"/>
        <source>base&apos;s</source>
        <translation>恢复基准</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictsModel.cpp" line="102"/>
        <source>value: %1</source>
        <translation>填写：%1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictsModel.cpp" line="114"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictsModel.cpp" line="116"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictsModel.cpp" line="118"/>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictsModel.cpp" line="120"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictsModel.cpp" line="122"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictsModel.cpp" line="124"/>
        <source>Conflict</source>
        <translation>冲突类型</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictsModel.cpp" line="126"/>
        <source>Base</source>
        <translation>基准</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictsModel.cpp" line="128"/>
        <source>Master</source>
        <translation>主库</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictsModel.cpp" line="130"/>
        <source>Package</source>
        <translation>数据包</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/ConflictsModel.cpp" line="132"/>
        <source>Decision</source>
        <translation>裁决</translation>
    </message>
</context>
<context>
    <name>caiji::CsvReader</name>
    <message>
        <location filename="../../core/io/CsvReader.cpp" line="15"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvReader.cpp" line="21"/>
        <source>%1 is too large (%2 MB).</source>
        <translation>%1 太大（%2 MB）。</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvReader.cpp" line="27"/>
        <source>%1 is an Excel workbook, not a text (csv) file.</source>
        <translation>%1 是 Excel 工作簿，不是文本（csv）文件。</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvReader.cpp" line="32"/>
        <source>%1 is not a text file (it contains binary data).</source>
        <translation>%1 不是文本文件（含有二进制数据）。</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvReader.cpp" line="46"/>
        <source>%1 is not UTF-8 and GB18030 is not available to read it.</source>
        <translation>%1 不是 UTF-8 编码，且本机无法按 GB18030 编码读取。</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvReader.cpp" line="85"/>
        <source>%1 has only one sheet.</source>
        <translation>%1 只有一个工作表。</translation>
    </message>
    <message>
        <location filename="../../core/io/CsvReader.cpp" line="144"/>
        <source>%1 is cut off: a quoted cell that starts on line %2 never ends.</source>
        <translation>%1 文件不完整（被截断）：从第 %2 行开始的带引号单元格没有结束。</translation>
    </message>
</context>
<context>
    <name>caiji::DashboardDialog</name>
    <message>
        <location filename="../../ui/dashboard/DashboardDialog.cpp" line="33"/>
        <source>Accept the department&apos;s waiting tasks</source>
        <translation>通过该部门全部待审任务</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardDialog.cpp" line="35"/>
        <source>Schedule…</source>
        <translation>排期…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardDialog.cpp" line="36"/>
        <source>Extend…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardDialog.cpp" line="40"/>
        <source>Progress of round %1</source>
        <translation>%1 年度采集进度</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardDialog.cpp" line="41"/>
        <source>All tasks</source>
        <translation>全部任务</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardDialog.cpp" line="42"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardDialog.cpp" line="43"/>
        <source>Waiting for the office</source>
        <translation>待督导审核</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardDialog.cpp" line="44"/>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardDialog.cpp" line="45"/>
        <source>With problems</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardDialog.cpp" line="47"/>
        <source>· not started  F filling  S submitted  C confirmed  R domain review passed  ✓ accepted  B returned; red: overdue or errors</source>
        <translation>· 未开始&#x3000;填 填报中&#x3000;交 已提交&#x3000;确 部门已确认&#x3000;审 业务审核通过&#x3000;✓ 督导已通过&#x3000;退 已退回；红色：逾期或有错误</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardDialog.cpp" line="50"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardDialog.cpp" line="79"/>
        <source>Schedule the round</source>
        <translation>本轮排期</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardDialog.cpp" line="91"/>
        <source>Collection opens</source>
        <translation>开始采集日期</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardDialog.cpp" line="92"/>
        <source>Tasks due</source>
        <translation>任务截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardDialog.cpp" line="93"/>
        <source>Data-source tables, working days before opening</source>
        <translation>数据源表提前的工作日数</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardDialog.cpp" line="106"/>
        <source>Select the task first.</source>
        <translation>请先选择一项任务。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardDialog.cpp" line="110"/>
        <source>Let %1 be filled after its deadline</source>
        <translation>允许 %1 逾期后继续填报</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardDialog.cpp" line="117"/>
        <source>Until</source>
        <translation>截止至</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardDialog.cpp" line="118"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardDialog.cpp" line="137"/>
        <source>Select a cell of the department first.</source>
        <translation>请先选中该部门的一个单元格。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardDialog.cpp" line="162"/>
        <source>Requests to unlock (%1)</source>
        <translation>解锁申请（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardDialog.cpp" line="171"/>
        <source>Scheduled: collection opens %1, tasks due %2.</source>
        <translation>已排期：%1 开始采集，任务 %2 截止。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardDialog.cpp" line="184"/>
        <source>%1 of %2 may be filled until %3.</source>
        <translation>%2 的 %1 可填报至 %3。</translation>
    </message>
</context>
<context>
    <name>caiji::Deadlines</name>
    <message>
        <location filename="../../core/workflow/Deadlines.cpp" line="30"/>
        <source>The round&apos;s due date must come after the day collection opens.</source>
        <translation>本轮截止日期必须在采集开始日期之后。</translation>
    </message>
    <message>
        <location filename="../../core/workflow/Deadlines.cpp" line="62"/>
        <source>%1 is not a task of %2 in round %3.</source>
        <translation>%1 不是 %2 在 %3 年度采集中的任务。</translation>
    </message>
    <message>
        <location filename="../../core/workflow/Deadlines.cpp" line="73"/>
        <source>An exception needs the last day it runs and a reason.</source>
        <translation>延期须注明截止日期和理由。</translation>
    </message>
    <message>
        <location filename="../../core/workflow/Deadlines.cpp" line="116"/>
        <source>The deadline of %1 was %2: its data is locked. Ask the supervision office for an exception.</source>
        <translation>%1 的截止日期为 %2，已过期，数据已锁定。如需继续填报，请向督导考核办公室申请延期。</translation>
    </message>
</context>
<context>
    <name>caiji::DemoBuilder</name>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="112"/>
        <source>Departments, users and round</source>
        <translation>部门、用户和采集轮次</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="115"/>
        <source>Organisations and majors</source>
        <translation>组织机构和专业</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="118"/>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="121"/>
        <source>Staff</source>
        <translation>教职工</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="124"/>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="127"/>
        <location filename="../../core/demo/DemoBuilder.cpp" line="555"/>
        <source>Teaching records</source>
        <translation>教学记录</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="130"/>
        <source>Other tables</source>
        <translation>其他数据表</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="133"/>
        <source>Summary tables</source>
        <translation>汇总表</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="136"/>
        <source>Task states</source>
        <translation>任务状态</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="147"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="167"/>
        <source>%1 status data collection (academic year %2-%3)</source>
        <translation>%1年状态数据采集（%2—%3学年）</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="192"/>
        <source>Could not hash the password of user %1.</source>
        <translation>无法计算用户 %1 的密码哈希值。</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="258"/>
        <source>Major code has five digits instead of six</source>
        <translation>专业代码为 5 位，应为 6 位</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="378"/>
        <source>Required education level is empty</source>
        <translation>必填的学历为空</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="383"/>
        <source>Company practice days exceed the days of a year</source>
        <translation>企业实践天数超过全年天数</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="388"/>
        <source>Birth month 13 does not exist</source>
        <translation>出生年月中的月份 13 不存在</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="440"/>
        <source>Wrong ID card check digit</source>
        <translation>身份证号校验位错误</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="473"/>
        <source>Student number appears twice</source>
        <translation>学号重复出现</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="512"/>
        <source>Teacher number is not in the staff table</source>
        <translation>教工号不在教职工表中</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoBuilder.cpp" line="517"/>
        <source>Course code is not in the course table</source>
        <translation>课程代码不在课程表中</translation>
    </message>
</context>
<context>
    <name>caiji::Directory</name>
    <message>
        <location filename="../../core/storage/Directory.cpp" line="34"/>
        <source>A department needs a code and a name.</source>
        <translation>部门必须有代码和名称。</translation>
    </message>
    <message>
        <location filename="../../core/storage/Directory.cpp" line="75"/>
        <source>Round %1 has an invalid year or period.</source>
        <translation>%1 年采集轮次的年份或起止日期无效。</translation>
    </message>
</context>
<context>
    <name>caiji::Division</name>
    <message>
        <location filename="../../core/auth/Division.cpp" line="108"/>
        <source>Table %1 %2 has no lead department.</source>
        <translation>表 %1 %2 没有牵头部门。</translation>
    </message>
    <message>
        <location filename="../../core/auth/Division.cpp" line="112"/>
        <source>Table %1: there is no department %2.</source>
        <translation>表 %1：没有部门 %2。</translation>
    </message>
    <message>
        <location filename="../../core/auth/Division.cpp" line="114"/>
        <source>Table %1: %2 is named twice.</source>
        <translation>表 %1：%2 被列了两次。</translation>
    </message>
    <message>
        <location filename="../../core/auth/Division.cpp" line="118"/>
        <source>Table %1: there is no department %2 to review it.</source>
        <translation>表 %1：没有可担任业务审核的部门 %2。</translation>
    </message>
    <message>
        <location filename="../../core/auth/Division.cpp" line="122"/>
        <source>The catalog has no table %1.</source>
        <translation>指标目录中没有表 %1。</translation>
    </message>
</context>
<context>
    <name>caiji::DivisionEditor</name>
    <message>
        <location filename="../../ui/admin/DivisionEditor.cpp" line="31"/>
        <source>Division of the tables</source>
        <translation>任务分工</translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionEditor.cpp" line="49"/>
        <source>Find a table (code or name)</source>
        <translation>查找数据表（表号或名称）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionEditor.cpp" line="62"/>
        <source>Lead</source>
        <translation>设为牵头</translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionEditor.cpp" line="64"/>
        <source>Fills</source>
        <translation>参与填报</translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionEditor.cpp" line="66"/>
        <source>Reviews</source>
        <translation>业务审核</translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionEditor.cpp" line="68"/>
        <source>Take off</source>
        <translation>移出</translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionEditor.cpp" line="71"/>
        <source>Import workbook…</source>
        <translation>导入任务分解表…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionEditor.cpp" line="73"/>
        <source>Import the division of the tables</source>
        <translation>导入任务分解表</translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionEditor.cpp" line="73"/>
        <source>Workbooks (*.xlsx *.xls *.csv)</source>
        <translation>工作簿 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionEditor.cpp" line="78"/>
        <source>Export workbook…</source>
        <translation>导出任务分解表…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionEditor.cpp" line="79"/>
        <source>Export the division of the tables</source>
        <translation>导出任务分解表</translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionEditor.cpp" line="80"/>
        <source>division of the tables.xlsx</source>
        <translation>任务分解表.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionEditor.cpp" line="80"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionEditor.cpp" line="85"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionEditor.cpp" line="87"/>
        <source>Save the division</source>
        <translation>保存任务分工</translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionEditor.cpp" line="88"/>
        <source>Why is it changed? (kept in the journal)</source>
        <translation>调整原因（记入操作日志）：</translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionEditor.cpp" line="94"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionEditor.cpp" line="110"/>
        <source>Lead the table</source>
        <translation>牵头负责该表</translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionEditor.cpp" line="111"/>
        <source>Fill its own rows</source>
        <translation>填报本部门的数据行</translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionEditor.cpp" line="112"/>
        <source>Review the others&apos; rows</source>
        <translation>审核其他部门的数据行</translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionEditor.cpp" line="113"/>
        <source>Take off the table</source>
        <translation>移出该表的分工</translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionEditor.cpp" line="134"/>
        <source>A lead stays until another department leads the table: %1</source>
        <translation>牵头部门须先由其他部门接替才能移出：%1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionEditor.cpp" line="147"/>
        <source>Nothing to save.</source>
        <translation>没有需要保存的改动。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin/DivisionEditor.cpp" line="148"/>
        <source>Saved: the division of %n table(s) changed.</source>
        <translation>
            <numerusform>已保存：%n 张表的分工有调整。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionEditor.cpp" line="175"/>
        <source>Select cells, then make the department lead, fill or review the table. Bold: not saved yet.</source>
        <translation>选中单元格后，可设该部门牵头、参与填报或业务审核。粗体表示尚未保存。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin/DivisionEditor.cpp" line="176"/>
        <source>%n table(s) changed, not saved: %1</source>
        <translation>
            <numerusform>%n 张表的分工已改动，尚未保存：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionEditor.cpp" line="184"/>
        <source>The division is changed and not saved. Close anyway?</source>
        <translation>任务分工已改动但尚未保存。仍要关闭吗？</translation>
    </message>
</context>
<context>
    <name>caiji::DivisionModel</name>
    <message>
        <location filename="../../ui/admin/DivisionModel.cpp" line="121"/>
        <source>Lead</source>
        <comment>division: leads the table</comment>
        <translation>牵头</translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionModel.cpp" line="123"/>
        <source>Fill</source>
        <comment>division: fills its own rows</comment>
        <translation>填报</translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionModel.cpp" line="125"/>
        <source>Review</source>
        <comment>division: reviews the others&apos; rows</comment>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionModel.cpp" line="132"/>
        <source>%1 leads %2: fills it and reads every department&apos;s rows</source>
        <translation>%1 牵头负责 %2：填报并可查看所有部门的数据行</translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionModel.cpp" line="134"/>
        <source>%1 fills its own rows of %2</source>
        <translation>%1 填报本部门在 %2 中的数据行</translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionModel.cpp" line="136"/>
        <source>%1&apos;s reviewer passes the other departments&apos; rows</source>
        <translation>%1 的业务审核员审核其他部门的数据行</translation>
    </message>
    <message>
        <location filename="../../ui/admin/DivisionModel.cpp" line="181"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>caiji::DivisionWorkbook</name>
    <message>
        <location filename="../../core/io/DivisionWorkbook.cpp" line="39"/>
        <source>%1: division of the tables</source>
        <translation>%1 任务分解表</translation>
    </message>
    <message>
        <location filename="../../core/io/DivisionWorkbook.cpp" line="90"/>
        <source>there is no department &quot;%1&quot;</source>
        <translation>没有部门“%1”</translation>
    </message>
    <message>
        <location filename="../../core/io/DivisionWorkbook.cpp" line="96"/>
        <source>%1 is named twice</source>
        <translation>%1 被列了两次</translation>
    </message>
    <message>
        <location filename="../../core/io/DivisionWorkbook.cpp" line="142"/>
        <source>%1 has no sheet.</source>
        <translation>%1 中没有工作表。</translation>
    </message>
    <message>
        <location filename="../../core/io/DivisionWorkbook.cpp" line="166"/>
        <source>No header row with %1 and %2 in the first ten rows.</source>
        <translation>前十行中没有含“%1”和“%2”的表头行。</translation>
    </message>
    <message>
        <location filename="../../core/io/DivisionWorkbook.cpp" line="179"/>
        <source>Row %1, column %2 (%3): %4</source>
        <translation>第 %1 行第 %2 列（%3）：%4</translation>
    </message>
    <message>
        <location filename="../../core/io/DivisionWorkbook.cpp" line="183"/>
        <source>the catalog has no table %1</source>
        <translation>指标目录中没有表 %1</translation>
    </message>
    <message>
        <location filename="../../core/io/DivisionWorkbook.cpp" line="185"/>
        <source>table %1 is listed twice</source>
        <translation>表 %1 被列了两次</translation>
    </message>
    <message>
        <location filename="../../core/io/DivisionWorkbook.cpp" line="193"/>
        <source>name exactly one lead department</source>
        <translation>须填写且只填写一个牵头部门</translation>
    </message>
    <message>
        <location filename="../../core/io/DivisionWorkbook.cpp" line="198"/>
        <source>the lead department %1 fills the table already</source>
        <translation>牵头部门 %1 本身已填报该表</translation>
    </message>
    <message>
        <location filename="../../core/io/DivisionWorkbook.cpp" line="203"/>
        <source>name at most one reviewing department</source>
        <translation>最多填写一个业务审核部门</translation>
    </message>
    <message>
        <location filename="../../core/io/DivisionWorkbook.cpp" line="211"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../core/io/DivisionWorkbook.cpp" line="218"/>
        <source>%1: no header row with %2 and %3.</source>
        <translation>%1：没有含“%2”和“%3”的表头行。</translation>
    </message>
</context>
<context>
    <name>caiji::DocumentTemplate</name>
    <message>
        <location filename="../../core/documents/DocumentTemplate.cpp" line="19"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentTemplate.cpp" line="44"/>
        <source>a tag opened with {{ is never closed with }}</source>
        <translation>以 {{ 开始的标记没有用 }} 结束</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentTemplate.cpp" line="50"/>
        <source>the tag {{%1 runs over the end of the line</source>
        <translation>标记 {{%1 没有在本行内结束</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentTemplate.cpp" line="59"/>
        <source>an empty tag {{%1}}</source>
        <translation>空标记 {{%1}}</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentTemplate.cpp" line="63"/>
        <source>{{/%1}} closes nothing</source>
        <translation>{{/%1}} 前面没有对应的开始标记</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentTemplate.cpp" line="64"/>
        <source>{{/%1}} closes {{#%2}} of line %3</source>
        <translation>{{/%1}} 与第 %3 行的 {{#%2}} 不对应</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentTemplate.cpp" line="72"/>
        <source>this document has no {{%1}}</source>
        <translation>此类文书没有 {{%1}} 这一项</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentTemplate.cpp" line="79"/>
        <source>{{#%1}} inside {{#%1}} of line %2 repeats the list within each of its own items</source>
        <translation>{{#%1}} 写在第 %2 行的 {{#%1}} 之内，会在列表的每一项里把整个列表再重复一遍</translation>
    </message>
    <message>
        <location filename="../../core/documents/DocumentTemplate.cpp" line="92"/>
        <source>{{#%1}} is never closed with {{/%1}}</source>
        <translation>{{#%1}} 没有用 {{/%1}} 结束</translation>
    </message>
</context>
<context>
    <name>caiji::EditService</name>
    <message>
        <location filename="../../core/write/EditService.cpp" line="127"/>
        <source>%1 &quot;%2&quot; does not exist in table %3.</source>
        <translation>%1“%2”在表 %3 中不存在。</translation>
    </message>
    <message>
        <location filename="../../core/write/EditService.cpp" line="201"/>
        <source>Column %1 does not exist in table %2.</source>
        <translation>表 %2 中不存在第 %1 列。</translation>
    </message>
    <message>
        <location filename="../../core/write/EditService.cpp" line="139"/>
        <source>Table %1, field %2: %3</source>
        <translation>表 %1，字段 %2：%3</translation>
    </message>
    <message>
        <location filename="../../core/write/EditService.cpp" line="153"/>
        <source>Table %1, field %2: &quot;%3&quot; does not exist in table %4.</source>
        <translation>表 %1，字段 %2：“%3”在表 %4 中不存在。</translation>
    </message>
    <message>
        <location filename="../../core/write/EditService.cpp" line="349"/>
        <location filename="../../core/write/EditService.cpp" line="514"/>
        <source>Could not write the journal: %1</source>
        <translation>无法写入操作日志：%1</translation>
    </message>
    <message>
        <location filename="../../core/write/EditService.cpp" line="374"/>
        <location filename="../../core/write/EditService.cpp" line="381"/>
        <location filename="../../core/write/EditService.cpp" line="431"/>
        <location filename="../../core/write/EditService.cpp" line="457"/>
        <location filename="../../core/write/EditService.cpp" line="473"/>
        <location filename="../../core/write/EditService.cpp" line="491"/>
        <source>Could not save the change to table %1: %2</source>
        <translation>无法保存对表 %1 的修改：%2</translation>
    </message>
    <message>
        <location filename="../../core/write/EditService.cpp" line="623"/>
        <source>Table %1, new row %2, field %3: %4</source>
        <translation>表 %1，新增第 %2 行，字段 %3：%4</translation>
    </message>
    <message>
        <location filename="../../core/write/EditService.cpp" line="690"/>
        <source>Could not delete rows of table %1: %2</source>
        <translation>无法删除表 %1 中的行：%2</translation>
    </message>
</context>
<context>
    <name>caiji::Explanations</name>
    <message>
        <location filename="../../core/validation/Explanations.cpp" line="18"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../core/validation/Explanations.cpp" line="20"/>
        <source>Not accepted</source>
        <translation>未接受</translation>
    </message>
    <message>
        <location filename="../../core/validation/Explanations.cpp" line="21"/>
        <source>Waiting for review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../core/validation/Explanations.cpp" line="27"/>
        <source>The catalog has no table %1.</source>
        <translation>指标目录中没有表 %1。</translation>
    </message>
    <message>
        <location filename="../../core/validation/Explanations.cpp" line="38"/>
        <source>An error cannot be explained away: correct the value. Only warnings take an explanation.</source>
        <translation>错误不能用说明消除，请改正数据；只有警告可以填写说明。</translation>
    </message>
    <message>
        <location filename="../../core/validation/Explanations.cpp" line="54"/>
        <source>An explanation cannot be empty.</source>
        <translation>说明不能为空。</translation>
    </message>
    <message>
        <location filename="../../core/validation/Explanations.cpp" line="80"/>
        <source>There is no explanation to review for this finding.</source>
        <translation>该问题没有需要审核的说明。</translation>
    </message>
</context>
<context>
    <name>caiji::ExportActions</name>
    <message>
        <location filename="../../ui/io/ExportActions.cpp" line="44"/>
        <source>Excel workbooks (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportActions.cpp" line="44"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportActions.cpp" line="75"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportActions.cpp" line="75"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportActions.cpp" line="82"/>
        <source>Exporting… %1 rows</source>
        <translation>正在导出… %1 行</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportActions.cpp" line="37"/>
        <location filename="../../ui/io/ExportActions.cpp" line="51"/>
        <location filename="../../ui/io/ExportActions.cpp" line="90"/>
        <location filename="../../ui/io/ExportActions.cpp" line="98"/>
        <location filename="../../ui/io/ExportActions.cpp" line="146"/>
        <location filename="../../ui/io/ExportActions.cpp" line="198"/>
        <location filename="../../ui/io/ExportActions.cpp" line="223"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportActions.cpp" line="52"/>
        <location filename="../../ui/io/ExportActions.cpp" line="199"/>
        <source>&quot;%1&quot; is still running; start the export when it has ended.</source>
        <translation>“%1”仍在进行，请在它结束后再导出。</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportActions.cpp" line="63"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportActions.cpp" line="93"/>
        <source>Exported %1 rows to %2.</source>
        <translation>已将 %1 行导出到 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportActions.cpp" line="97"/>
        <source>%1: %2 rows</source>
        <translation>%1：%2 行</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/io/ExportActions.cpp" line="100"/>
        <source>%n sheet(s); see the details for each one.</source>
        <translation>
            <numerusform>共 %n 个工作表，各表的行数见“详细信息”。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportActions.cpp" line="118"/>
        <source>Export table</source>
        <translation>导出数据表</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportActions.cpp" line="146"/>
        <source>No department has tables in round %1.</source>
        <translation>%1 年采集轮次中没有分配给任何部门的数据表。</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportActions.cpp" line="157"/>
        <location filename="../../ui/io/ExportActions.cpp" line="170"/>
        <source>Export a department&apos;s tables</source>
        <translation>导出部门的全部数据表</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportActions.cpp" line="157"/>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportActions.cpp" line="170"/>
        <source>%1-%2.xlsx</source>
        <translation>%1-%2.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportActions.cpp" line="182"/>
        <source>Export the whole round</source>
        <translation>导出本轮全部数据表</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportActions.cpp" line="182"/>
        <source>round-%1.xlsx</source>
        <translation>采集轮次-%1.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportActions.cpp" line="205"/>
        <source>Checking the data of round %1</source>
        <translation>正在检查 %1 年的数据</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportActions.cpp" line="234"/>
        <location filename="../../ui/io/ExportActions.cpp" line="240"/>
        <source>Export the national workbook</source>
        <translation>导出国家平台工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportActions.cpp" line="235"/>
        <source>Round %1 still has %2 errors that the platform will reject. Export anyway?</source>
        <translation>%1 年采集轮次仍有 %2 个错误，国家平台将拒绝接收。仍要导出吗？</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportActions.cpp" line="240"/>
        <source>national-%1.xlsx</source>
        <translation>国家平台-%1.xlsx</translation>
    </message>
</context>
<context>
    <name>caiji::FieldHelpPane</name>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="18"/>
        <source>Select a cell to see what the field means and how to fill it.</source>
        <translation>选中一个单元格，即可查看该字段的内涵和填报要求。</translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="32"/>
        <source>Meaning</source>
        <translation>字段内涵</translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="32"/>
        <source>(no description in the catalog)</source>
        <translation>（指标目录中无说明）</translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="38"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="39"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="39"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="39"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="40"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="42"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="42"/>
        <source>at most %1 characters</source>
        <translation>最多 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="46"/>
        <source>Range</source>
        <translation>取值范围</translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="49"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="51"/>
        <source>Must exist in</source>
        <translation>须存在于</translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="53"/>
        <source>Computed as</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="57"/>
        <source>Codes</source>
        <translation>代码表</translation>
    </message>
    <message>
        <location filename="../../ui/help/FieldHelpPane.cpp" line="69"/>
        <source>About this table</source>
        <translation>本表说明</translation>
    </message>
</context>
<context>
    <name>caiji::FieldType</name>
    <message>
        <location filename="../../core/catalog/FieldType.cpp" line="49"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../core/catalog/FieldType.cpp" line="51"/>
        <source>Multi-line text</source>
        <translation>多行文本</translation>
    </message>
    <message>
        <location filename="../../core/catalog/FieldType.cpp" line="53"/>
        <source>Whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../../core/catalog/FieldType.cpp" line="55"/>
        <source>Decimal number</source>
        <translation>小数</translation>
    </message>
    <message>
        <location filename="../../core/catalog/FieldType.cpp" line="57"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../core/catalog/FieldType.cpp" line="59"/>
        <source>Year and month (YYYYMM, six digits)</source>
        <translation>年月（YYYYMM，6 位数字）</translation>
    </message>
    <message>
        <location filename="../../core/catalog/FieldType.cpp" line="61"/>
        <source>Year (YYYY)</source>
        <translation>年份（YYYY）</translation>
    </message>
    <message>
        <location filename="../../core/catalog/FieldType.cpp" line="63"/>
        <source>Yes/No</source>
        <translation>是/否</translation>
    </message>
    <message>
        <location filename="../../core/catalog/FieldType.cpp" line="65"/>
        <source>Code from a list</source>
        <translation>代码（从代码表中选择）</translation>
    </message>
    <message>
        <location filename="../../core/catalog/FieldType.cpp" line="67"/>
        <source>Reference to a source table</source>
        <translation>引用数据源表</translation>
    </message>
</context>
<context>
    <name>caiji::FileIconProvider</name>
    <message>
        <location filename="../../ui/dialogs/FileDialogs.cpp" line="38"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/FileDialogs.cpp" line="40"/>
        <source>Caiji workspace</source>
        <translation>采集工作台工作区</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/FileDialogs.cpp" line="44"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/FileDialogs.cpp" line="44"/>
        <source>%1 file</source>
        <translation>%1 文件</translation>
    </message>
</context>
<context>
    <name>caiji::FilterHeader</name>
    <message>
        <location filename="../../ui/grid/FilterHeader.cpp" line="26"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../ui/grid/FilterHeader.cpp" line="28"/>
        <source>Filter this column: text finds rows containing it; =x exact; &gt;5, &lt;=2024, &lt;&gt;x; a~b between; = empty; &lt;&gt; not empty</source>
        <translation>筛选本列：输入文字查找包含该文字的行；=x 精确匹配；&gt;5、&lt;=2024、&lt;&gt;x；a~b 介于两者之间；= 为空；&lt;&gt; 不为空</translation>
    </message>
</context>
<context>
    <name>caiji::FindingAccess</name>
    <message>
        <location filename="../../core/validation/FindingAccess.cpp" line="17"/>
        <source>%1 has no right to read the findings of %2: each department checks its own data.</source>
        <translation>%1 没有查看%2校验结果的权限：各部门只检查本部门的数据。</translation>
    </message>
</context>
<context>
    <name>caiji::FindingsExport</name>
    <message>
        <location filename="../../core/validation/FindingsExport.cpp" line="17"/>
        <source>Required field</source>
        <translation>必填项</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsExport.cpp" line="18"/>
        <source>Value of the field&apos;s type</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsExport.cpp" line="19"/>
        <source>Decimal places</source>
        <translation>小数位数</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsExport.cpp" line="20"/>
        <source>Allowed range</source>
        <translation>取值范围</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsExport.cpp" line="21"/>
        <source>Maximum length</source>
        <translation>最大长度</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsExport.cpp" line="22"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsExport.cpp" line="23"/>
        <source>Code list</source>
        <translation>代码表</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsExport.cpp" line="24"/>
        <source>Year and month (six digits)</source>
        <translation>年月（6 位数字）</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsExport.cpp" line="25"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsExport.cpp" line="26"/>
        <source>Yes or no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsExport.cpp" line="27"/>
        <source>Date not in the future</source>
        <translation>日期不晚于今天</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsExport.cpp" line="28"/>
        <source>Referenced record exists</source>
        <translation>引用的记录须已登记</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsExport.cpp" line="29"/>
        <source>Key unique in the round</source>
        <translation>关键字在本轮唯一</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsExport.cpp" line="30"/>
        <source>ID card number (GB 11643)</source>
        <translation>身份证号（GB 11643）</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsExport.cpp" line="31"/>
        <source>Unified social credit code (GB 32100)</source>
        <translation>统一社会信用代码（GB 32100）</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsExport.cpp" line="66"/>
        <source>Findings</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsExport.cpp" line="68"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsExport.cpp" line="68"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsExport.cpp" line="68"/>
        <source>Table code</source>
        <translation>表号</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsExport.cpp" line="68"/>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsExport.cpp" line="68"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsExport.cpp" line="68"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsExport.cpp" line="69"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsExport.cpp" line="69"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsExport.cpp" line="69"/>
        <source>Values</source>
        <translation>相关值</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsExport.cpp" line="69"/>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsExport.cpp" line="69"/>
        <source>Explanation state</source>
        <translation>说明状态</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsExport.cpp" line="69"/>
        <source>Explained by</source>
        <translation>说明人</translation>
    </message>
</context>
<context>
    <name>caiji::FindingsModel</name>
    <message>
        <location filename="../../core/validation/FindingsModel.cpp" line="105"/>
        <source>(explanation needed)</source>
        <translation>（需填写说明）</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsModel.cpp" line="141"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsModel.cpp" line="143"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsModel.cpp" line="145"/>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsModel.cpp" line="147"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsModel.cpp" line="149"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsModel.cpp" line="151"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../core/validation/FindingsModel.cpp" line="153"/>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>caiji::FindingsPrintout</name>
    <message>
        <location filename="../../core/documents/FindingsPrintout.cpp" line="41"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../core/documents/FindingsPrintout.cpp" line="41"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../core/documents/FindingsPrintout.cpp" line="41"/>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location filename="../../core/documents/FindingsPrintout.cpp" line="41"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../core/documents/FindingsPrintout.cpp" line="41"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../core/documents/FindingsPrintout.cpp" line="41"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../core/documents/FindingsPrintout.cpp" line="41"/>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../core/documents/FindingsPrintout.cpp" line="41"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../core/documents/FindingsPrintout.cpp" line="45"/>
        <source>The check found no problem.</source>
        <translation>本次核查未发现问题。</translation>
    </message>
    <message>
        <location filename="../../core/documents/FindingsPrintout.cpp" line="61"/>
        <source>Findings of %1</source>
        <translation>%1数据核查问题清单</translation>
    </message>
    <message>
        <location filename="../../core/documents/FindingsPrintout.cpp" line="64"/>
        <source>Findings list    %1    round %2</source>
        <translation>数据核查问题清单    %1    %2 年采集</translation>
    </message>
</context>
<context>
    <name>caiji::Fingerprint</name>
    <message>
        <location filename="../../core/documents/Fingerprint.cpp" line="352"/>
        <source>&quot;%1&quot; is not a character of a verification code.</source>
        <translation>“%1”不是校验码中的字符。</translation>
    </message>
    <message>
        <location filename="../../core/documents/Fingerprint.cpp" line="359"/>
        <source>A verification code has 17 characters (16 and a check character); this one has %1.</source>
        <translation>校验码共 17 位（16 位加 1 位校验位），这里是 %1 位。</translation>
    </message>
    <message>
        <location filename="../../core/documents/Fingerprint.cpp" line="366"/>
        <source>The check character does not match: a character of the verification code is mistyped.</source>
        <translation>校验位不符：校验码中有字符输错了。</translation>
    </message>
</context>
<context>
    <name>caiji::GridDelegate</name>
    <message>
        <location filename="../../ui/grid/GridDelegate.cpp" line="150"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/grid/GridDelegate.cpp" line="150"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/grid/GridDelegate.cpp" line="165"/>
        <source>Type a number or a name</source>
        <translation>输入编号或名称</translation>
    </message>
</context>
<context>
    <name>caiji::GridEditor</name>
    <message numerus="yes">
        <location filename="../../core/edit/GridEditor.cpp" line="141"/>
        <source>%n change(s) could not be saved: %1 kept the workspace busy for more than %2 minutes. Make them again when it is done.</source>
        <translation>
            <numerusform>%n 处修改未能保存：%1 占用工作区超过 %2 分钟。请在其完成后重新修改。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/edit/GridEditor.cpp" line="165"/>
        <source>Edit cell</source>
        <translation>编辑单元格</translation>
    </message>
    <message>
        <location filename="../../core/edit/GridEditor.cpp" line="171"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../core/edit/GridEditor.cpp" line="240"/>
        <source>There is no column here: the table has %1 columns.</source>
        <translation>此处没有列：该表只有 %1 列。</translation>
    </message>
    <message>
        <location filename="../../core/edit/GridEditor.cpp" line="278"/>
        <source>%1 &quot;%2&quot; does not exist in table %3.</source>
        <translation>%1“%2”在表 %3 中不存在。</translation>
    </message>
    <message>
        <location filename="../../core/edit/GridEditor.cpp" line="324"/>
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../core/edit/GridEditor.cpp" line="360"/>
        <source>%1 is required and cannot be emptied.</source>
        <translation>%1为必填项，不能清空。</translation>
    </message>
    <message>
        <location filename="../../core/edit/GridEditor.cpp" line="369"/>
        <source>Clear cells</source>
        <translation>清除内容</translation>
    </message>
    <message>
        <location filename="../../core/edit/GridEditor.cpp" line="408"/>
        <source>Fill down</source>
        <translation>向下填充</translation>
    </message>
    <message>
        <location filename="../../core/edit/GridEditor.cpp" line="430"/>
        <source>Insert rows</source>
        <translation>插入行</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/edit/GridEditor.cpp" line="479"/>
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>删除 %n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caiji::ImportWizard</name>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="52"/>
        <source>Append the rows</source>
        <translation>追加数据行</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="53"/>
        <source>Replace my department&apos;s rows of this table</source>
        <translation>替换本部门在本表中的数据</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="54"/>
        <source>Update rows with the same key, add the others</source>
        <translation>按关键字段更新已有行，其余追加</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="55"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="55"/>
        <location filename="../../ui/io/ImportWizard.cpp" line="57"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="57"/>
        <location filename="../../ui/io/ImportWizard.cpp" line="59"/>
        <location filename="../../ui/io/ImportWizard.cpp" line="60"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="57"/>
        <source>Now</source>
        <translation>当前值</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="57"/>
        <source>After the import</source>
        <translation>导入后</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="58"/>
        <source>File row</source>
        <translation>文件行号</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="58"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="58"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="58"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="59"/>
        <source>Used by rows of other tables</source>
        <translation>其他表中引用它的行数</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="59"/>
        <source>What happens</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="64"/>
        <source>Import into %1</source>
        <translation>导入到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="69"/>
        <source>File and sheet</source>
        <translation>文件和工作表</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="75"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="77"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="78"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="81"/>
        <source>Mode</source>
        <translation>导入方式</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="90"/>
        <source>Import file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="248"/>
        <source>&lt;b&gt;%1&lt;/b&gt; new, &lt;b&gt;%2&lt;/b&gt; changed, &lt;b&gt;%3&lt;/b&gt; unchanged, &lt;b&gt;%4&lt;/b&gt; removed (&lt;b&gt;%5&lt;/b&gt; kept because other tables use them), &lt;b&gt;%6&lt;/b&gt; rows not imported.</source>
        <translation>新增 &lt;b&gt;%1&lt;/b&gt; 行，修改 &lt;b&gt;%2&lt;/b&gt; 行，未变 &lt;b&gt;%3&lt;/b&gt; 行，删除 &lt;b&gt;%4&lt;/b&gt; 行（因其他表引用而保留 &lt;b&gt;%5&lt;/b&gt; 行），&lt;b&gt;%6&lt;/b&gt; 行未导入。</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="70"/>
        <source>An Excel or WPS workbook (.xlsx, .xls) or a text file (.csv, UTF-8 or GBK).</source>
        <translation>Excel 或 WPS 工作簿（.xlsx、.xls），或文本文件（.csv，UTF-8 或 GBK 编码）。</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="91"/>
        <source>Spreadsheets (*.xlsx *.xls *.et *.csv *.tsv *.txt);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xls *.et *.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="103"/>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="104"/>
        <source>Columns are matched to fields by their Chinese names; change any that are wrong. Your choice is remembered for this table.</source>
        <translation>已按中文名称将各列对应到字段；如有错误请修改。本表会记住您的选择。</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="112"/>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="113"/>
        <source>Nothing has been written yet. Check the result, then choose Finish to import.</source>
        <translation>尚未写入任何数据。请核对结果，然后点击“完成”导入。</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="118"/>
        <source>Changes</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="119"/>
        <source>New rows</source>
        <translation>新增的行</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="121"/>
        <source>Removed</source>
        <translation>将删除的行</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="122"/>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="125"/>
        <source>Remove all listed rows, also those other tables use</source>
        <translation>删除所列全部行（包括其他表引用的行）</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="135"/>
        <location filename="../../ui/io/ImportWizard.cpp" line="285"/>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="135"/>
        <location filename="../../ui/io/ImportWizard.cpp" line="285"/>
        <source>kept (other tables use it)</source>
        <translation>保留（其他表引用）</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="137"/>
        <source>Save the rows not imported…</source>
        <translation>保存未导入的行…</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="141"/>
        <source>Rows not imported</source>
        <translation>未导入的行</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="141"/>
        <source>not-imported.xlsx</source>
        <translation>未导入的行.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="141"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="169"/>
        <source>%1 (hidden)</source>
        <translation>%1（隐藏）</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="207"/>
        <source>Choose a file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="237"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="322"/>
        <source>Importing into %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="330"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="330"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>caiji::JobRunner</name>
    <message>
        <location filename="../../core/jobs/JobRunner.cpp" line="76"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何修改。</translation>
    </message>
</context>
<context>
    <name>caiji::KeyUsage</name>
    <message numerus="yes">
        <location filename="../../core/write/KeyUsage.cpp" line="28"/>
        <source>%1 %2: %n row(s)</source>
        <translation>
            <numerusform>表 %1 %2 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/write/KeyUsage.cpp" line="31"/>
        <source>%1 %2 goes away</source>
        <translation>%1“%2”将不再存在</translation>
    </message>
    <message>
        <location filename="../../core/write/KeyUsage.cpp" line="32"/>
        <source>%1 %2 → %3</source>
        <translation>%1“%2”改为“%3”</translation>
    </message>
    <message>
        <location filename="../../core/write/KeyUsage.cpp" line="33"/>
        <source>%1; used by %2</source>
        <translation>%1，引用它的有：%2</translation>
    </message>
</context>
<context>
    <name>caiji::LeadershipView</name>
    <message>
        <location filename="../../ui/dashboard/LeadershipView.cpp" line="31"/>
        <source>Aggregate the round</source>
        <translation>汇总本轮数据</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/LeadershipView.cpp" line="32"/>
        <source>Approve the round</source>
        <translation>审定本轮数据</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/LeadershipView.cpp" line="33"/>
        <source>Mark as reported</source>
        <translation>标记为已上报</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/LeadershipView.cpp" line="36"/>
        <source>Round %1: progress and approval</source>
        <translation>%1 年度采集：进度与审定</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/LeadershipView.cpp" line="69"/>
        <source>Round %1: %2</source>
        <translation>%1 年度采集：%2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/LeadershipView.cpp" line="122"/>
        <source>Accepted</source>
        <translation>督导已通过</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/LeadershipView.cpp" line="123"/>
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/LeadershipView.cpp" line="124"/>
        <source>Being filled</source>
        <translation>填报中</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/LeadershipView.cpp" line="125"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/LeadershipView.cpp" line="135"/>
        <source>Tasks by department</source>
        <translation>各部门任务进度</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/LeadershipView.cpp" line="171"/>
        <source>Round %1 is aggregated; leadership can approve it now.</source>
        <translation>%1 年度数据已汇总，可提请院领导审定。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/LeadershipView.cpp" line="181"/>
        <source>Round %1 is approved.</source>
        <translation>%1 年度数据已审定。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/LeadershipView.cpp" line="190"/>
        <source>Round %1 is recorded as reported to the Ministry&apos;s platform.</source>
        <translation>%1 年度数据已记录为已上报教育部平台。</translation>
    </message>
</context>
<context>
    <name>caiji::LetterActions</name>
    <message>
        <location filename="../../ui/documents/LetterActions.cpp" line="26"/>
        <source>Draft of letter %1 written to %2 (not for signing until the head confirms). Verification code %3.</source>
        <translation>确认书 %1 的草稿已写入 %2（负责人确认前不作签字用）。校验码 %3。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LetterActions.cpp" line="28"/>
        <source>Letter %1 written to %2. Verification code %3.</source>
        <translation>确认书 %1 已写入 %2。校验码 %3。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LetterActions.cpp" line="35"/>
        <location filename="../../ui/documents/LetterActions.cpp" line="44"/>
        <source>Confirmation letter</source>
        <translation>上报确认书</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LetterActions.cpp" line="38"/>
        <source>Save the confirmation letter</source>
        <translation>保存上报确认书</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LetterActions.cpp" line="39"/>
        <source>confirmation letter %1.pdf</source>
        <translation>上报确认书 %1.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LetterActions.cpp" line="39"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>caiji::LetterPrinter</name>
    <message>
        <location filename="../../core/documents/LetterPrinter.cpp" line="53"/>
        <source>The workspace has no department &quot;%1&quot;.</source>
        <translation>工作区中没有部门“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/documents/LetterPrinter.cpp" line="21"/>
        <source>Only %1 and the supervision office print its confirmation letter.</source>
        <translation>只有%1本部门和督导考核办公室可以打印其上报确认书。</translation>
    </message>
    <message>
        <location filename="../../core/documents/LetterPrinter.cpp" line="38"/>
        <source>Confirmation letter %1</source>
        <translation>上报确认书 %1</translation>
    </message>
    <message>
        <location filename="../../core/documents/LetterPrinter.cpp" line="40"/>
        <source>Confirmation letter %1    Verification code %2</source>
        <translation>确认书编号 %1&#x3000;&#x3000;校验码 %2</translation>
    </message>
    <message>
        <location filename="../../core/documents/LetterPrinter.cpp" line="41"/>
        <source>DRAFT, for checking only</source>
        <translation>草稿 仅供核对</translation>
    </message>
    <message>
        <location filename="../../core/documents/LetterPrinter.cpp" line="41"/>
        <source>VOID</source>
        <translation>已作废</translation>
    </message>
</context>
<context>
    <name>caiji::LetterRegistry</name>
    <message>
        <location filename="../../core/documents/LetterRegistry.cpp" line="130"/>
        <source>signed and returned</source>
        <translation>已签回</translation>
    </message>
    <message>
        <location filename="../../core/documents/LetterRegistry.cpp" line="132"/>
        <source>void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../core/documents/LetterRegistry.cpp" line="133"/>
        <source>awaiting signature</source>
        <translation>待签回</translation>
    </message>
    <message>
        <location filename="../../core/documents/LetterRegistry.cpp" line="141"/>
        <source>A draft gets no number: %1&apos;s head has not confirmed every task yet.</source>
        <translation>草稿不编号：%1负责人尚未确认全部任务。</translation>
    </message>
    <message>
        <location filename="../../core/documents/LetterRegistry.cpp" line="219"/>
        <source>No confirmation letter of this workspace has the verification code %1.</source>
        <translation>本工作区没有校验码为 %1 的确认书。</translation>
    </message>
    <message>
        <location filename="../../core/documents/LetterRegistry.cpp" line="233"/>
        <source>This workspace has no confirmation letter numbered %1.</source>
        <translation>本工作区没有编号为 %1 的确认书。</translation>
    </message>
    <message>
        <location filename="../../core/documents/LetterRegistry.cpp" line="274"/>
        <source>Letter %1 of %2, issued %3 by %4 (%5).</source>
        <translation>确认书 %1（%2），%3 由 %4 出具（%5）。</translation>
    </message>
    <message>
        <location filename="../../core/documents/LetterRegistry.cpp" line="277"/>
        <source>The data still matches the letter.</source>
        <translation>数据与确认书一致。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/documents/LetterRegistry.cpp" line="280"/>
        <source>The data no longer matches the letter: %n table(s) changed.</source>
        <translation>
            <numerusform>数据与确认书已不一致：%n 张表有改动。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/documents/LetterRegistry.cpp" line="293"/>
        <source>The QR code is not a Caiji confirmation letter&apos;s.</source>
        <translation>该二维码不是本系统确认书的二维码。</translation>
    </message>
    <message>
        <location filename="../../core/documents/LetterRegistry.cpp" line="301"/>
        <source>The QR code names letter %1 but not the data that letter was printed for: the paper is not this workspace&apos;s letter %1.</source>
        <translation>二维码写明确认书 %1，但所载数据与该确认书打印时的数据不符：这份纸质确认书不是本工作区的确认书 %1。</translation>
    </message>
    <message>
        <location filename="../../core/documents/LetterRegistry.cpp" line="323"/>
        <source>Only the department&apos;s own people and the supervision office attach the signed letter %1.</source>
        <translation>只有本部门人员和督导办可以附上确认书 %1 的签字扫描件。</translation>
    </message>
    <message>
        <location filename="../../core/documents/LetterRegistry.cpp" line="325"/>
        <location filename="../../core/documents/LetterRegistry.cpp" line="352"/>
        <source>Letter %1 is void: its data changed after it was printed. Print the new letter, have it signed, and attach that one.</source>
        <translation>确认书 %1 已作废：打印后数据又有改动。请打印新的确认书，签字后附上新确认书的扫描件。</translation>
    </message>
    <message>
        <location filename="../../core/documents/LetterRegistry.cpp" line="329"/>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <location filename="../../core/documents/LetterRegistry.cpp" line="335"/>
        <source>The scan shows letter %1, not letter %2.</source>
        <translation>扫描件上是确认书 %1，不是确认书 %2。</translation>
    </message>
    <message>
        <location filename="../../core/documents/LetterRegistry.cpp" line="336"/>
        <source>The scan&apos;s QR code names letter %1 but not the data it was printed for: it is not this workspace&apos;s letter %1.</source>
        <translation>扫描件上的二维码写明确认书 %1，但所载数据与该确认书打印时的数据不符：这不是本工作区的确认书 %1。</translation>
    </message>
    <message>
        <location filename="../../core/documents/LetterRegistry.cpp" line="367"/>
        <source>No signed scan is attached to letter %1.</source>
        <translation>确认书 %1 尚未附上签字扫描件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/documents/LetterRegistry.cpp" line="399"/>
        <source>%1: %2 rows then, %3 now; %n row(s) changed since the letter</source>
        <translation>
            <numerusform>%1：确认时 %2 行，现在 %3 行；确认书出具后有 %n 行被修改</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caiji::LettersDialog</name>
    <message>
        <location filename="../../ui/documents/LettersDialog.cpp" line="38"/>
        <source>Confirmation letters of round %1</source>
        <translation>%1 年采集的上报确认书</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LettersDialog.cpp" line="55"/>
        <source>Print &amp;preview…</source>
        <translation>打印预览(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LettersDialog.cpp" line="56"/>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LettersDialog.cpp" line="57"/>
        <source>&amp;Attach the signed scan…</source>
        <translation>附上签字扫描件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LettersDialog.cpp" line="58"/>
        <source>Save the &amp;scan…</source>
        <translation>保存扫描件(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LettersDialog.cpp" line="63"/>
        <source>Verification code:</source>
        <translation>校验码：</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LettersDialog.cpp" line="64"/>
        <source>e.g. 8R9K-HZSA-8W0Z-BAC9-X</source>
        <translation>例如 8R9K-HZSA-8W0Z-BAC9-X</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LettersDialog.cpp" line="67"/>
        <source>&amp;Verify</source>
        <translation>核验(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LettersDialog.cpp" line="68"/>
        <source>Verify a scan or &amp;photo…</source>
        <translation>核验扫描件或照片(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LettersDialog.cpp" line="86"/>
        <source>Scan or photo of a letter</source>
        <translation>确认书的扫描件或照片</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LettersDialog.cpp" line="87"/>
        <location filename="../../ui/documents/LettersDialog.cpp" line="206"/>
        <source>Scans and photos (*.pdf *.png *.jpg *.jpeg *.bmp *.tif *.tiff)</source>
        <translation>扫描件和照片 (*.pdf *.png *.jpg *.jpeg *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LettersDialog.cpp" line="145"/>
        <source>The signed scan %1 is attached to letter %2: it is signed and returned.</source>
        <translation>签字扫描件 %1 已附于确认书 %2：该确认书已签回。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LettersDialog.cpp" line="148"/>
        <source>Note: no QR code was found in the scan (%1).</source>
        <translation>提示：扫描件中没有找到二维码（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LettersDialog.cpp" line="197"/>
        <source>confirmation letter %1.pdf</source>
        <translation>上报确认书 %1.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LettersDialog.cpp" line="205"/>
        <source>Signed scan of letter %1</source>
        <translation>确认书 %1 的签字扫描件</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LettersDialog.cpp" line="211"/>
        <source>Signed scan</source>
        <translation>签字扫描件</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LettersDialog.cpp" line="228"/>
        <source>Save the signed scan</source>
        <translation>保存签字扫描件</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LettersDialog.cpp" line="233"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>caiji::LettersModel</name>
    <message>
        <location filename="../../ui/documents/LettersModel.cpp" line="66"/>
        <source>Void since %1: the data changed after it was printed.</source>
        <translation>自 %1 起作废：打印后数据又有改动。</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LettersModel.cpp" line="76"/>
        <source>%1 (replaces %2)</source>
        <translation>%1（替代 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LettersModel.cpp" line="86"/>
        <source>matches</source>
        <translation>一致</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/LettersModel.cpp" line="87"/>
        <source>changed: %n table(s)</source>
        <translation>
            <numerusform>已改动：%n 张表</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/LettersModel.cpp" line="93"/>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LettersModel.cpp" line="105"/>
        <source>Letter number</source>
        <translation>确认书编号</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LettersModel.cpp" line="107"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LettersModel.cpp" line="109"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LettersModel.cpp" line="111"/>
        <source>Verification code</source>
        <translation>校验码</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LettersModel.cpp" line="113"/>
        <source>Data now</source>
        <translation>现有数据</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LettersModel.cpp" line="115"/>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LettersModel.cpp" line="117"/>
        <source>Printed by</source>
        <translation>打印人</translation>
    </message>
    <message>
        <location filename="../../ui/documents/LettersModel.cpp" line="119"/>
        <source>Signed scan</source>
        <translation>签字扫描件</translation>
    </message>
</context>
<context>
    <name>caiji::LoginDialog</name>
    <message>
        <location filename="../../ui/auth/LoginDialog.cpp" line="22"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/auth/LoginDialog.cpp" line="24"/>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <location filename="../../ui/auth/LoginDialog.cpp" line="41"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/auth/LoginDialog.cpp" line="42"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>caiji::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="83"/>
        <source>Caiji — status data collection workbench</source>
        <translation>状态数据采集工作台</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="104"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="110"/>
        <source>Field help</source>
        <translation>字段说明</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="116"/>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="122"/>
        <source>My tasks</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="178"/>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="180"/>
        <source>&amp;Redo %1</source>
        <translation>恢复%1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="37"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="38"/>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="40"/>
        <source>&amp;Switch user…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="42"/>
        <source>&amp;Import into this table…</source>
        <translation>导入到当前表(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="44"/>
        <source>&amp;Export this table…</source>
        <translation>导出当前表(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="46"/>
        <source>Export a &amp;department&apos;s tables…</source>
        <translation>导出部门的全部数据表(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="47"/>
        <source>Export the whole &amp;round…</source>
        <translation>导出本轮全部数据表(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="48"/>
        <source>Export the &amp;national workbook…</source>
        <translation>导出国家平台工作簿(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="50"/>
        <source>&amp;Print this table…</source>
        <translation>打印本表(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="55"/>
        <source>Print the &amp;confirmation letter…</source>
        <translation>打印上报确认书(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="59"/>
        <source>Save the confirmation letter as P&amp;DF…</source>
        <translation>上报确认书另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="63"/>
        <source>Confirmation &amp;letters and verification…</source>
        <translation>确认书登记与核验(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="69"/>
        <source>Send the package &amp;back…</source>
        <translation>交回数据包(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="73"/>
        <source>Print the &amp;return notice…</source>
        <translation>打印退回修改通知(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="78"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="81"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="82"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="85"/>
        <source>&amp;Redo</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="101"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="102"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="103"/>
        <source>Fill &amp;down</source>
        <translation>向下填充(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="104"/>
        <source>C&amp;lear cells</source>
        <translation>清除内容(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="106"/>
        <source>&amp;Insert row</source>
        <translation>插入行(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="108"/>
        <source>Delete ro&amp;ws</source>
        <translation>删除行(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="111"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="117"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="118"/>
        <source>&amp;Fit columns</source>
        <translation>自动调整列宽(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="120"/>
        <source>Field &amp;help</source>
        <translation>字段说明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="122"/>
        <source>&amp;Refresh tasks</source>
        <translation>刷新任务(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="123"/>
        <source>&amp;Progress of the round…</source>
        <translation>采集进度总览(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="125"/>
        <source>Round &amp;approval and chart…</source>
        <translation>本轮进度与审定(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="128"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="139"/>
        <source>The language changes when Caiji starts again.</source>
        <translation>语言将在下次启动 Caiji 时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="143"/>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="144"/>
        <source>&amp;Check this round</source>
        <translation>检查本轮数据(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="152"/>
        <source>&amp;Administration</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="166"/>
        <source>&amp;Division of the tables…</source>
        <translation>任务分工(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="172"/>
        <source>&amp;Accounts…</source>
        <translation>账号管理(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="177"/>
        <source>Issue a department &amp;package…</source>
        <translation>签发部门数据包(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="189"/>
        <source>&amp;Merge returned packages…</source>
        <translation>合并交回的数据包(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="206"/>
        <source>Printout &amp;templates…</source>
        <translation>文书模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="211"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="212"/>
        <source>&amp;About Caiji</source>
        <translation>关于采集工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="213"/>
        <source>About Caiji</source>
        <translation>关于采集工作台</translation>
    </message>
    <message>
        <location filename="../../ui/MainMenus.cpp" line="214"/>
        <source>&lt;h3&gt;Caiji %1&lt;/h3&gt;&lt;p&gt;Status data collection workbench for higher vocational colleges: collect, check, confirm, review and report the 人才培养工作状态数据.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;采集工作台 %1&lt;/h3&gt;&lt;p&gt;高职院校状态数据采集工作台：完成人才培养工作状态数据的采集、校验、确认、审核与上报。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="211"/>
        <source>Caiji</source>
        <translation>采集工作台</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="219"/>
        <source>Refused values</source>
        <translation>被拒绝的值</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="220"/>
        <source>%n value(s) you typed were refused and are not saved (marked red). Discard them?</source>
        <translation>
            <numerusform>有 %n 个输入的值未通过校验，尚未保存（红色标记）。要放弃它们吗？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="249"/>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="249"/>
        <source>Caiji workspaces (*.caiji);;All files (*)</source>
        <translation>采集工作区 (*.caiji);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="340"/>
        <source>%1 — package of %2, round %3 — Caiji</source>
        <translation>%1 — %2 %3 年数据包 — 采集工作台</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="343"/>
        <source>%1 — Caiji</source>
        <translation>%1 — 采集工作台</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="346"/>
        <source>Opened the package of %1: fill, check, submit and confirm here, then File, Send the package back.</source>
        <translation>已打开%1的数据包：在此填报、校验、提交并确认，然后用“文件 → 交回数据包”交回督导办。</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="348"/>
        <source>Opened %1 (catalog %2)</source>
        <translation>已打开 %1（指标目录：%2）</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="423"/>
        <source>That row is no longer in the table.</source>
        <translation>该行已不在此表中。</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="500"/>
        <source>Change a key other tables use</source>
        <translation>修改被其他表引用的编号</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="501"/>
        <source>%n row(s) of other tables use the value being changed. Change them too, in the same step?</source>
        <translation>
            <numerusform>其他表中有 %n 行数据引用了要修改的值。是否在同一步中一并修改？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="505"/>
        <source>Change them too</source>
        <translation>一并修改</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="506"/>
        <source>Leave the key as it is</source>
        <translation>不修改编号</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="527"/>
        <source>Open a table first: the import goes into the table shown.</source>
        <translation>请先打开一张表：数据将导入到当前显示的表中。</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="546"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="557"/>
        <source>Imported: %1 new, %2 changed, %3 removed rows.</source>
        <translation>已导入：新增 %1 行，修改 %2 行，删除 %3 行。</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="655"/>
        <source>This value was not saved: %1</source>
        <translation>此值未保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="658"/>
        <source>Read only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="662"/>
        <source>row %1, %2</source>
        <translation>第 %1 行“%2”</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="666"/>
        <source>Found in this cell</source>
        <translation>本格的问题</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="677"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="749"/>
        <source>Delete %n row(s)?</source>
        <translation>
            <numerusform>确定要删除 %n 行吗？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="754"/>
        <source>%1 %2: %3 rows</source>
        <translation>%1 %2：%3 行</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="757"/>
        <source>These rows are used elsewhere; the rows using them will point at nothing:</source>
        <translation>这些行正被其他表引用，删除后，引用它们的行将找不到对应记录：</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="760"/>
        <source>Delete rows</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="637"/>
        <source>Counting rows…</source>
        <translation>正在统计行数…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="335"/>
        <source>User: %1 (workspace owner)</source>
        <translation>用户：%1（工作区所有者）</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="336"/>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="640"/>
        <source>At least %1 rows</source>
        <translation>至少 %1 行</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="643"/>
        <source>%1 rows</source>
        <translation>共 %1 行</translation>
    </message>
</context>
<context>
    <name>caiji::MergeDialog</name>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="46"/>
        <source>Only those to decide</source>
        <translation>只看待裁决的</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="53"/>
        <source>Merge department packages</source>
        <translation>合并部门数据包</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="57"/>
        <source>&amp;Add returned packages…</source>
        <translation>添加交回的数据包(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="58"/>
        <source>&amp;Commit the decided merges</source>
        <translation>提交已裁决的合并(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="75"/>
        <source>Package</source>
        <translation>数据包</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="75"/>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="88"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="75"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="86"/>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="90"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="93"/>
        <source>Select all shown</source>
        <translation>全选所显示的</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="116"/>
        <source>Selected conflicts:</source>
        <translation>选中的冲突：</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="117"/>
        <source>Keep the &amp;master&apos;s</source>
        <translation>采用主库(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="118"/>
        <source>Take the &amp;package&apos;s</source>
        <translation>采用数据包(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="119"/>
        <source>Back to the &amp;base</source>
        <translation>恢复基准(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="120"/>
        <source>Type a &amp;value…</source>
        <translation>填写值(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="126"/>
        <source>Show in the &amp;table</source>
        <translation>在表格中查看(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="128"/>
        <source>The conflict&apos;s row in the main window, on the field in conflict</source>
        <translation>在主窗口的表格中定位到冲突所在的行和字段</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="137"/>
        <source>Note (needed where the department head confirmed the package&apos;s value)</source>
        <translation>说明（部门负责人已确认数据包中的值时必填）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="146"/>
        <source>Returned department packages</source>
        <translation>交回的部门数据包</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="146"/>
        <source>Department packages (*.caijipkg)</source>
        <translation>部门数据包 (*.caijipkg)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="157"/>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="163"/>
        <source>Seal password</source>
        <translation>封存密码</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="164"/>
        <source>%1 is sealed. The office&apos;s seal password:</source>
        <translation>%1 已加密封存。请输入督导办的封存密码：</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="167"/>
        <source>Not opened: the seal password was not given.</source>
        <translation>未打开：没有输入封存密码。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="176"/>
        <source>merged: %1 row(s) added, %2 cell(s) changed, %3 deleted, %4 restored</source>
        <translation>已合并：新增 %1 行，修改 %2 个单元格，删除 %3 行，恢复 %4 行</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="181"/>
        <source>staged: %n conflict(s) to decide; the master is unchanged</source>
        <translation>
            <numerusform>已暂存：%n 个冲突待裁决；主库未改动</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="183"/>
        <source> (no base kept: every difference is a conflict)</source>
        <translation>（没有保存基准：所有差异都作为冲突）</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="195"/>
        <source>%1 was refused: %2</source>
        <translation>%1 被拒绝：%2</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="245"/>
        <source>Merging %1</source>
        <translation>正在合并 %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="258"/>
        <source>Merging %1…</source>
        <translation>正在合并 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="304"/>
        <source>%n conflict(s) to decide.</source>
        <translation>
            <numerusform>%n 个冲突待裁决。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="319"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/MergeDialog.cpp" line="348"/>
        <source>%n conflict(s) decided. Commit the decided merges when every conflict of a package is decided.</source>
        <translation>
            <numerusform>已裁决 %n 个冲突。一个数据包的冲突全部裁决后，点“提交已裁决的合并”。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="358"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/MergeDialog.cpp" line="358"/>
        <source>The value to keep:</source>
        <translation>要保留的值：</translation>
    </message>
</context>
<context>
    <name>caiji::MergePlan</name>
    <message>
        <location filename="../../core/exchange/MergePlan.cpp" line="35"/>
        <source>changed on both sides</source>
        <translation>双方改为不同的值</translation>
    </message>
    <message>
        <location filename="../../core/exchange/MergePlan.cpp" line="37"/>
        <source>deleted on one side, changed on the other</source>
        <translation>一方删除、另一方修改</translation>
    </message>
    <message>
        <location filename="../../core/exchange/MergePlan.cpp" line="39"/>
        <source>the same key twice</source>
        <translation>关键字重复</translation>
    </message>
    <message>
        <location filename="../../core/exchange/MergePlan.cpp" line="41"/>
        <source>change to an accepted task</source>
        <translation>修改已通过的任务</translation>
    </message>
    <message>
        <location filename="../../core/exchange/MergePlan.cpp" line="43"/>
        <source>unknown base</source>
        <translation>没有基准</translation>
    </message>
    <message>
        <location filename="../../core/exchange/MergePlan.cpp" line="45"/>
        <source>another department&apos;s row</source>
        <translation>其他部门的数据</translation>
    </message>
    <message>
        <location filename="../../core/exchange/TableMerger.cpp" line="49"/>
        <source>no longer this department&apos;s row</source>
        <translation>已不属于本部门的行</translation>
    </message>
    <message>
        <location filename="../../core/exchange/TableMerger.cpp" line="93"/>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location filename="../../core/exchange/TableMerger.cpp" line="127"/>
        <source>row %1 has the same key</source>
        <translation>行 %1 已有相同关键字</translation>
    </message>
    <message>
        <location filename="../../core/exchange/MergePlan.cpp" line="423"/>
        <source>a row added</source>
        <translation>新增了一行</translation>
    </message>
    <message>
        <location filename="../../core/exchange/MergePlan.cpp" line="423"/>
        <source>a row changed</source>
        <translation>修改了一行</translation>
    </message>
</context>
<context>
    <name>caiji::MyTasksModel</name>
    <message>
        <location filename="../../ui/workflow/MyTasksModel.cpp" line="145"/>
        <source>%1 %2</source>
        <comment>action and count</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workflow/MyTasksModel.cpp" line="147"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 项任务</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/workflow/MyTasksModel.cpp" line="149"/>
        <source>nothing waits for you</source>
        <translation>暂无待您办理的任务</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workflow/MyTasksModel.cpp" line="150"/>
        <source>%n wait(s) for you</source>
        <translation>
            <numerusform>%n 项待您办理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workflow/MyTasksModel.cpp" line="153"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项已逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/workflow/MyTasksModel.cpp" line="178"/>
        <location filename="../../ui/workflow/MyTasksModel.cpp" line="222"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/MyTasksModel.cpp" line="188"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/MyTasksModel.cpp" line="194"/>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 个错误，%2 个警告</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/MyTasksModel.cpp" line="243"/>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/MyTasksModel.cpp" line="245"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/MyTasksModel.cpp" line="247"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/MyTasksModel.cpp" line="249"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/MyTasksModel.cpp" line="251"/>
        <source>Working days left</source>
        <translation>剩余工作日</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/MyTasksModel.cpp" line="253"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/MyTasksModel.cpp" line="255"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/MyTasksModel.cpp" line="257"/>
        <source>Open comments</source>
        <translation>待答复意见</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/MyTasksModel.cpp" line="259"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>caiji::MyTasksView</name>
    <message>
        <location filename="../../ui/workflow/MyTasksView.cpp" line="19"/>
        <source>Only what waits for me</source>
        <translation>只看待我办理的</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/MyTasksView.cpp" line="24"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>caiji::Notices</name>
    <message>
        <location filename="../../ui/dialogs/Notices.cpp" line="15"/>
        <source>A row was deleted by someone else meanwhile.</source>
        <translation>在此期间，有一行已被他人删除。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/Notices.cpp" line="18"/>
        <source>%1: yours &quot;%2&quot;, saved meanwhile by %3 at %4: &quot;%5&quot;</source>
        <translation>%1：您填写的是“%2”，在此期间 %3 于 %4 保存的是“%5”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/Notices.cpp" line="21"/>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/Notices.cpp" line="22"/>
        <source>%n cell(s) were changed by someone else after you opened the table. Their values are kept and now shown; yours were not saved. Check and enter your values again if needed.</source>
        <translation>
            <numerusform>您打开此表后，有 %n 个单元格已被他人修改。现已保留并显示他人的值，您的值未保存。如有需要，请核对后重新录入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/Notices.cpp" line="32"/>
        <source>Not done</source>
        <translation>未能办理</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/Notices.cpp" line="45"/>
        <source>Workspace open on more than one computer</source>
        <translation>工作区在多台电脑上同时打开</translation>
    </message>
</context>
<context>
    <name>caiji::OfficeSeal</name>
    <message>
        <location filename="../../core/exchange/OfficeSeal.cpp" line="46"/>
        <source>This workspace has no key to open sealed packages: the office seals its first package with caiji-cli package export --seal.</source>
        <translation>本工作区没有打开加密数据包的密钥：督导办用 caiji-cli package export --seal 签发第一个加密数据包时生成。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/OfficeSeal.cpp" line="54"/>
        <source>Not enough memory to check the seal password.</source>
        <translation>内存不足，无法核对封存密码。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/OfficeSeal.cpp" line="65"/>
        <source>The seal password is wrong.</source>
        <translation>封存密码不对。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/OfficeSeal.cpp" line="75"/>
        <source>The encryption library cannot start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/OfficeSeal.cpp" line="80"/>
        <source>The seal password must be at least 8 characters long.</source>
        <translation>封存密码至少 8 个字符。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/OfficeSeal.cpp" line="98"/>
        <source>Not enough memory to protect the office&apos;s key.</source>
        <translation>内存不足，无法保护督导办的密钥。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/OfficeSeal.cpp" line="121"/>
        <source>The package carries no valid key of the office to seal it with.</source>
        <translation>数据包中没有可用于加密的督导办公钥。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/OfficeSeal.cpp" line="148"/>
        <source>This workspace&apos;s public key is damaged: sealed packages cannot be opened.</source>
        <translation>本工作区的公钥已损坏：无法打开加密数据包。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/OfficeSeal.cpp" line="154"/>
        <source>The sealed package is cut short: ask the department to send it again.</source>
        <translation>加密数据包不完整：请部门重新发送。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/OfficeSeal.cpp" line="168"/>
        <source>The sealed package was changed after it was sealed, or sealed for another office: it is not opened.</source>
        <translation>加密数据包在封存后被改动过，或是为其他督导办封存的：不予打开。</translation>
    </message>
</context>
<context>
    <name>caiji::OpenWorkspaceFiles</name>
    <message>
        <location filename="../../core/util/OpenWorkspaceFiles.cpp" line="87"/>
        <source>%1 belongs to the workspace %2, which is open in Caiji: it cannot be read or written as another file (that would break the workspace&apos;s locks and lose edits). Choose another file.</source>
        <translation>%1 属于正在采集工作台中打开的工作区 %2，不能作为其他文件读取或写入（那样会破坏工作区的文件锁并丢失修改）。请选择其他文件。</translation>
    </message>
</context>
<context>
    <name>caiji::PackageActions</name>
    <message numerus="yes">
        <location filename="../../ui/exchange/PackageActions.cpp" line="30"/>
        <source>The package of %1 for round %2 is in %3: %n table(s), %4 row(s). The department opens it in Caiji, fills and confirms it, and sends the file back to be merged.</source>
        <translation>
            <numerusform>%1 %2 年的数据包已保存到 %3：%n 张表，%4 行。部门用本系统打开、填报并确认后，把文件交回督导办合并。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/PackageActions.cpp" line="42"/>
        <location filename="../../ui/exchange/PackageActions.cpp" line="52"/>
        <location filename="../../ui/exchange/PackageActions.cpp" line="65"/>
        <location filename="../../ui/exchange/PackageActions.cpp" line="89"/>
        <source>Department package</source>
        <translation>部门数据包</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/PackageActions.cpp" line="45"/>
        <source>Save the department package</source>
        <translation>保存部门数据包</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/PackageActions.cpp" line="46"/>
        <source>%1 %2.caijipkg</source>
        <translation>%1 %2年数据包.caijipkg</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/PackageActions.cpp" line="47"/>
        <location filename="../../ui/exchange/PackageActions.cpp" line="84"/>
        <source>Department packages (*.caijipkg)</source>
        <translation>部门数据包 (*.caijipkg)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/PackageActions.cpp" line="53"/>
        <source>Seal the package for the office? The department then returns it encrypted: only this office opens it with its seal password, and any change to the file on the way is detected.</source>
        <translation>是否加密封存？部门交回时数据包将被加密：只有督导办凭封存密码才能打开，传递途中文件若被改动也会被发现。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/PackageActions.cpp" line="57"/>
        <source>Seal password</source>
        <translation>封存密码</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/PackageActions.cpp" line="58"/>
        <source>The office&apos;s seal password (at least 8 characters; the same one for every sealed package):</source>
        <translation>督导办的封存密码（至少 8 个字符；所有加密数据包使用同一个密码）：</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/PackageActions.cpp" line="75"/>
        <source>The package is sealed for the supervision office in %1: send that file back.</source>
        <translation>数据包已加密封存到 %1：请把该文件交回督导办。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/PackageActions.cpp" line="76"/>
        <source>The package is in %1: send that file back to the supervision office.</source>
        <translation>数据包已保存到 %1：请把该文件交回督导办。</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/PackageActions.cpp" line="82"/>
        <source>Send the package back</source>
        <translation>交回数据包</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/PackageActions.cpp" line="83"/>
        <source>%1 returned.caijipkg</source>
        <translation>%1 交回.caijipkg</translation>
    </message>
</context>
<context>
    <name>caiji::PackageExporter</name>
    <message>
        <location filename="../../core/exchange/PackageExporter.cpp" line="70"/>
        <source>Only the supervision office issues department packages.</source>
        <translation>只有督导办可以签发部门数据包。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageExporter.cpp" line="73"/>
        <source>The workspace has no department &quot;%1&quot;.</source>
        <translation>工作区中没有部门“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageExporter.cpp" line="75"/>
        <source>The workspace has no round %1.</source>
        <translation>工作区中没有 %1 年的采集轮次。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageExporter.cpp" line="209"/>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageExporter.cpp" line="228"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>caiji::PackageFile</name>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="84"/>
        <source>%1 is not a Caiji package (not an SQLite file, or damaged).</source>
        <translation>%1 不是本系统的部门数据包（不是 SQLite 文件，或已损坏）。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="99"/>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="60"/>
        <source>%1 is damaged (%2): ask the department to send it again.</source>
        <translation>%1 已损坏（%2）：请部门重新发送。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="105"/>
        <source>%1 is not a Caiji package.</source>
        <translation>%1 不是本系统的部门数据包。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageFile.cpp" line="107"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>caiji::PackageManifest</name>
    <message>
        <location filename="../../core/exchange/PackageManifest.cpp" line="54"/>
        <source>The package&apos;s manifest is damaged.</source>
        <translation>数据包的清单已损坏。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageManifest.cpp" line="59"/>
        <source>The package was made by another version of Caiji (package format %1; this program reads %2).</source>
        <translation>该数据包由其他版本的本系统生成（数据包格式 %1，本程序读取格式 %2）。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageManifest.cpp" line="73"/>
        <source>This is a workspace, not a department package: the office issues packages with caiji-cli package export.</source>
        <translation>这是一个工作区，不是部门数据包：数据包由督导办用 caiji-cli package export 签发。</translation>
    </message>
</context>
<context>
    <name>caiji::PackageMerger</name>
    <message>
        <location filename="../../core/exchange/PackageMerger.cpp" line="39"/>
        <source>The package of %1 was issued by another workspace: it cannot be merged here.</source>
        <translation>%1的数据包由另一个工作区签发，不能在此合并。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageMerger.cpp" line="42"/>
        <source>The package is for round %1, which this workspace does not have.</source>
        <translation>该数据包属于 %1 年采集，本工作区没有该轮次。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageMerger.cpp" line="44"/>
        <source>The package was filled with catalog %1 %2; this workspace uses %3 %4. Issue a new package.</source>
        <translation>该数据包按指标目录 %1 %2 填报，本工作区使用 %3 %4。请重新签发数据包。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageMerger.cpp" line="48"/>
        <source>The package is for department %1, which this workspace does not have.</source>
        <translation>该数据包属于部门 %1，本工作区没有该部门。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageMerger.cpp" line="55"/>
        <source>The package claims to be %1&apos;s of round %2, but it was issued to %3 for round %4.</source>
        <translation>该数据包自称是%1 %2 年的数据包，但它签发给的是%3 %4 年。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageMerger.cpp" line="128"/>
        <source>Only the supervision office merges department packages.</source>
        <translation>只有督导办可以合并部门数据包。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageMerger.cpp" line="192"/>
        <source>%1 was issued to come back sealed, but this file is not sealed: ask %2 to return it with caiji-cli package return (or File, Send the package back).</source>
        <translation>%1 签发时要求加密交回，但这个文件没有加密：请%2用 caiji-cli package return（或“文件 → 交回数据包”）重新交回。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageMerger.cpp" line="172"/>
        <source>the base of %1</source>
        <translation>%1 的基准</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageMerger.cpp" line="114"/>
        <source>The merge was cancelled: nothing changed.</source>
        <translation>合并已取消，主库没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageMerger.cpp" line="200"/>
        <source>merging the package of %1</source>
        <translation>合并%1的数据包</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageMerger.cpp" line="299"/>
        <source>Package of %1 (%2)</source>
        <translation>%1的数据包（%2）</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageMerger.cpp" line="306"/>
        <source>Rows changed in the workspace while the package was merged: merge it again.</source>
        <translation>合并期间工作区中有数据被改动：请重新合并该数据包。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageMerger.cpp" line="408"/>
        <source>Only the supervision office sees the conflicts of a merge.</source>
        <translation>只有督导办可以查看合并冲突。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageMerger.cpp" line="461"/>
        <source>Only the supervision office decides the conflicts of a merge.</source>
        <translation>只有督导办可以裁决合并冲突。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageMerger.cpp" line="469"/>
        <source>There is no conflict %1.</source>
        <translation>没有编号为 %1 的冲突。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageMerger.cpp" line="474"/>
        <source>A conflict is decided with master, package, base or a value, not &quot;%1&quot;.</source>
        <translation>冲突只能按主库、数据包、基准或填写的值裁决，不能用“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageMerger.cpp" line="480"/>
        <source>Conflict %1 is about a whole row: take the master&apos;s, the package&apos;s or the base&apos;s.</source>
        <translation>冲突 %1 涉及整行：请选择主库、数据包或基准。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageMerger.cpp" line="483"/>
        <source>%1 of %2: %3</source>
        <translation>%2 的%1：%3</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageMerger.cpp" line="489"/>
        <source>Conflict %1 is a change to an accepted task: keep the master&apos;s or take the package&apos;s.</source>
        <translation>冲突 %1 是对已通过任务的修改：请选择采用主库或采用数据包。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageMerger.cpp" line="491"/>
        <source>Conflict %1 is about a row of another department: the package cannot change it, the master&apos;s stays.</source>
        <translation>冲突 %1 涉及其他部门的数据：数据包不能修改，保留主库的值。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageMerger.cpp" line="486"/>
        <location filename="../../core/exchange/PackageMerger.cpp" line="496"/>
        <source>Conflict %1 is about a row the base never had: take the master&apos;s or the package&apos;s.</source>
        <translation>冲突 %1 涉及基准中没有的行：请选择主库或数据包。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageMerger.cpp" line="501"/>
        <source>The head of %1 confirmed the package&apos;s value: overriding it needs a note saying why.</source>
        <translation>%1负责人已确认数据包中的值：改用其他值须填写说明。</translation>
    </message>
</context>
<context>
    <name>caiji::PackageReturn</name>
    <message>
        <location filename="../../core/exchange/PackageReturn.cpp" line="22"/>
        <source>A department package is a file; this workspace is on a server.</source>
        <translation>部门数据包是一个文件；当前工作区在服务器上。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageReturn.cpp" line="32"/>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location filename="../../core/exchange/PackageReturn.cpp" line="44"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>caiji::PdfPrinter</name>
    <message>
        <location filename="../../core/documents/PdfPrinter.cpp" line="109"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/documents/PdfPrinter.cpp" line="124"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../../core/documents/PdfPrinter.cpp" line="75"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
</context>
<context>
    <name>caiji::PrintActions</name>
    <message>
        <location filename="../../ui/documents/PrintActions.cpp" line="34"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/documents/PrintActions.cpp" line="50"/>
        <source>Print this table</source>
        <translation>打印本表</translation>
    </message>
    <message>
        <location filename="../../ui/documents/PrintActions.cpp" line="51"/>
        <source>The table has more than %1 rows: printed, that is hundreds of pages. Print every row?</source>
        <translation>本表超过 %1 行，打印出来有几百页。要打印全部行吗？</translation>
    </message>
    <message>
        <location filename="../../ui/documents/PrintActions.cpp" line="67"/>
        <source>Return notice</source>
        <translation>退回修改通知</translation>
    </message>
    <message>
        <location filename="../../ui/documents/PrintActions.cpp" line="80"/>
        <source>Confirmation letter</source>
        <translation>上报确认书</translation>
    </message>
</context>
<context>
    <name>caiji::PrintPreview</name>
    <message>
        <location filename="../../ui/documents/PrintPreview.cpp" line="18"/>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <location filename="../../ui/documents/PrintPreview.cpp" line="37"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/documents/PrintPreview.cpp" line="37"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>caiji::PrintoutHeading</name>
    <message>
        <location filename="../../core/documents/PrintoutHeading.cpp" line="25"/>
        <source>whole college</source>
        <translation>全校</translation>
    </message>
</context>
<context>
    <name>caiji::QrCode</name>
    <message numerus="yes">
        <location filename="../../core/documents/QrCode.cpp" line="20"/>
        <source>The QR code cannot hold %n byte(s).</source>
        <translation>
            <numerusform>二维码容纳不下 %n 个字节。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caiji::QualityConsole</name>
    <message>
        <location filename="../../ui/quality/QualityConsole.cpp" line="61"/>
        <source>Only my department</source>
        <translation>只看本部门</translation>
    </message>
    <message>
        <location filename="../../ui/quality/QualityConsole.cpp" line="70"/>
        <source>Check this round</source>
        <translation>检查本轮数据</translation>
    </message>
    <message>
        <location filename="../../ui/quality/QualityConsole.cpp" line="85"/>
        <source>All severities</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location filename="../../ui/quality/QualityConsole.cpp" line="92"/>
        <source>Explain…</source>
        <translation>填写说明…</translation>
    </message>
    <message>
        <location filename="../../ui/quality/QualityConsole.cpp" line="94"/>
        <source>A warning needs a written explanation that a reviewer accepts or not.</source>
        <translation>警告需要填写书面说明，由审核人决定是否接受。</translation>
    </message>
    <message>
        <location filename="../../ui/quality/QualityConsole.cpp" line="96"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../../ui/quality/QualityConsole.cpp" line="97"/>
        <source>Do not accept</source>
        <translation>不接受</translation>
    </message>
    <message>
        <location filename="../../ui/quality/QualityConsole.cpp" line="100"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/quality/QualityConsole.cpp" line="102"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/quality/QualityConsole.cpp" line="103"/>
        <source>The findings as shown, as a list to print</source>
        <translation>按当前显示的问题打印问题清单</translation>
    </message>
    <message>
        <location filename="../../ui/quality/QualityConsole.cpp" line="192"/>
        <source>Checking the data of round %1</source>
        <translation>正在检查 %1 年的数据</translation>
    </message>
    <message>
        <location filename="../../ui/quality/QualityConsole.cpp" line="200"/>
        <source>Checking the data of round %1…</source>
        <translation>正在检查 %1 年采集轮次的数据…</translation>
    </message>
    <message>
        <location filename="../../ui/quality/QualityConsole.cpp" line="242"/>
        <source>%1 errors, %2 warnings (%3 explained), %4 notes; %5 shown</source>
        <translation>%1 个错误，%2 个警告（%3 个已说明），%4 条提示；显示 %5 条</translation>
    </message>
    <message>
        <location filename="../../ui/quality/QualityConsole.cpp" line="77"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/quality/QualityConsole.cpp" line="286"/>
        <source>Checking the tables that depend on the change</source>
        <translation>正在检查受这次修改影响的数据表</translation>
    </message>
    <message>
        <location filename="../../ui/quality/QualityConsole.cpp" line="328"/>
        <location filename="../../ui/quality/QualityConsole.cpp" line="332"/>
        <location filename="../../ui/quality/QualityConsole.cpp" line="342"/>
        <source>Explain a finding</source>
        <translation>填写问题说明</translation>
    </message>
    <message>
        <location filename="../../ui/quality/QualityConsole.cpp" line="333"/>
        <source>Explanation:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location filename="../../ui/quality/QualityConsole.cpp" line="355"/>
        <source>Review an explanation</source>
        <translation>审核说明</translation>
    </message>
    <message>
        <location filename="../../ui/quality/QualityConsole.cpp" line="374"/>
        <location filename="../../ui/quality/QualityConsole.cpp" line="379"/>
        <source>Export findings</source>
        <translation>导出问题清单</translation>
    </message>
    <message>
        <location filename="../../ui/quality/QualityConsole.cpp" line="374"/>
        <source>findings-%1.xlsx</source>
        <translation>问题清单-%1.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/quality/QualityConsole.cpp" line="374"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>caiji::RecordMatch</name>
    <message>
        <location filename="../../core/validation/RecordMatch.cpp" line="78"/>
        <source>it looks into table &quot;%1&quot;, which the catalog does not have</source>
        <translation>它引用的表“%1”不在指标目录中</translation>
    </message>
    <message>
        <location filename="../../core/validation/RecordMatch.cpp" line="84"/>
        <source>it names a field that %1 or %2 does not have</source>
        <translation>它引用了表 %1 或 %2 中没有的字段</translation>
    </message>
    <message>
        <location filename="../../core/validation/RecordMatch.cpp" line="86"/>
        <source>it names no field to find the matching record by (&quot;key&quot;)</source>
        <translation>它没有指定用来查找对应记录的字段（&quot;key&quot;）</translation>
    </message>
    <message>
        <location filename="../../core/validation/RecordMatch.cpp" line="165"/>
        <source>%1: table %2 %3 has no record whose %4 is &quot;%5&quot;.</source>
        <translation>%1：表 %2 %3 中没有%4为“%5”的记录。</translation>
    </message>
    <message>
        <location filename="../../core/validation/RecordMatch.cpp" line="184"/>
        <source>%1: %2 is &quot;%3&quot;, but %4 of the record in table %5 %6 is &quot;%7&quot;.</source>
        <translation>%1：本行%2为“%3”，而表 %5 %6 中对应记录的%4为“%7”。</translation>
    </message>
    <message>
        <location filename="../../core/validation/RecordMatch.cpp" line="186"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>caiji::RejectedCellsDialog</name>
    <message>
        <location filename="../../ui/dialogs/RejectedCellsDialog.cpp" line="15"/>
        <source>Cells not saved</source>
        <translation>未保存的单元格</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/RejectedCellsDialog.cpp" line="18"/>
        <source>%n cell(s) were not saved. They are marked red in the table; fix them there or in the source file and paste again.</source>
        <translation>
            <numerusform>%n 个单元格未保存，已在表中标为红色。请直接在表中修改，或在源文件中修改后重新粘贴。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RejectedCellsDialog.cpp" line="23"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RejectedCellsDialog.cpp" line="23"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RejectedCellsDialog.cpp" line="23"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RejectedCellsDialog.cpp" line="23"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/RejectedCellsDialog.cpp" line="31"/>
        <source>(column %1)</source>
        <translation>（第 %1 列）</translation>
    </message>
</context>
<context>
    <name>caiji::ReturnNotice</name>
    <message>
        <location filename="../../core/documents/ReturnNotice.cpp" line="71"/>
        <source>a row since deleted</source>
        <translation>已删除的行</translation>
    </message>
    <message>
        <location filename="../../core/documents/ReturnNotice.cpp" line="44"/>
        <source>Only %1, the supervision office and the college&apos;s leadership print its return notice.</source>
        <translation>只有%1、督导办和院领导可以打印其退回修改通知。</translation>
    </message>
    <message>
        <location filename="../../core/documents/ReturnNotice.cpp" line="67"/>
        <source>the whole table</source>
        <translation>整张表</translation>
    </message>
    <message>
        <location filename="../../core/documents/ReturnNotice.cpp" line="92"/>
        <source>No task of %1 is returned in round %2: there is no return notice to print.</source>
        <translation>%1在 %2 年采集中没有被退回的任务，没有退回修改通知可打印。</translation>
    </message>
    <message>
        <location filename="../../core/documents/ReturnNotice.cpp" line="96"/>
        <source>Return notice for %1</source>
        <translation>%1退回修改通知</translation>
    </message>
    <message>
        <location filename="../../core/documents/ReturnNotice.cpp" line="98"/>
        <source>Return notice    %1    round %2</source>
        <translation>退回修改通知    %1    %2 年采集</translation>
    </message>
</context>
<context>
    <name>caiji::Role</name>
    <message>
        <location filename="../../core/auth/Accounts.cpp" line="48"/>
        <source>Supervision office administrator</source>
        <translation>督导办管理员</translation>
    </message>
    <message>
        <location filename="../../core/auth/Accounts.cpp" line="50"/>
        <source>Department data administrator</source>
        <translation>部门采集员</translation>
    </message>
    <message>
        <location filename="../../core/auth/Accounts.cpp" line="52"/>
        <source>Department head</source>
        <translation>部门负责人</translation>
    </message>
    <message>
        <location filename="../../core/auth/Accounts.cpp" line="54"/>
        <source>Domain reviewer</source>
        <translation>业务审核员</translation>
    </message>
    <message>
        <location filename="../../core/auth/Accounts.cpp" line="56"/>
        <source>College leadership</source>
        <translation>院领导</translation>
    </message>
</context>
<context>
    <name>caiji::Rounds</name>
    <message>
        <location filename="../../core/session/Rounds.cpp" line="50"/>
        <source>Round %1 exists already.</source>
        <translation>采集轮次 %1 已存在。</translation>
    </message>
    <message>
        <location filename="../../core/session/Rounds.cpp" line="57"/>
        <source>There is no round %1 to start from.</source>
        <translation>没有可作为起点的采集轮次 %1。</translation>
    </message>
    <message>
        <location filename="../../core/session/Rounds.cpp" line="64"/>
        <source>Carried from round %1</source>
        <translation>沿用上年（%1 年度）</translation>
    </message>
    <message>
        <location filename="../../core/session/Rounds.cpp" line="132"/>
        <source>There is no round %1.</source>
        <translation>没有采集轮次 %1。</translation>
    </message>
    <message>
        <location filename="../../core/session/Rounds.cpp" line="147"/>
        <source>Collecting</source>
        <translation>采集中</translation>
    </message>
    <message>
        <location filename="../../core/session/Rounds.cpp" line="149"/>
        <source>Aggregated</source>
        <translation>已汇总</translation>
    </message>
    <message>
        <location filename="../../core/session/Rounds.cpp" line="151"/>
        <source>Approved by leadership</source>
        <translation>领导已审定</translation>
    </message>
    <message>
        <location filename="../../core/session/Rounds.cpp" line="153"/>
        <source>Reported</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location filename="../../core/session/Rounds.cpp" line="155"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../core/session/Rounds.cpp" line="171"/>
        <source>Round %1 is %2: it cannot become %3 now.</source>
        <translation>%1 年度采集当前为“%2”，现在不能改为“%3”。</translation>
    </message>
    <message>
        <location filename="../../core/session/Rounds.cpp" line="194"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/session/Rounds.cpp" line="198"/>
        <source>Round %1 cannot be aggregated: %n task(s) are not accepted yet.</source>
        <translation>
            <numerusform>%1 年度数据暂不能汇总：还有 %n 项任务未通过督导审核。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/session/Rounds.cpp" line="211"/>
        <source>Only the college&apos;s leadership approves a round.</source>
        <translation>只有院领导可以审定采集数据。</translation>
    </message>
    <message>
        <location filename="../../core/session/Rounds.cpp" line="233"/>
        <source>Reopening a closed round needs a reason.</source>
        <translation>重新开启已关闭的采集轮次须说明理由。</translation>
    </message>
</context>
<context>
    <name>caiji::RowInserter</name>
    <message>
        <location filename="../../core/storage/RowInserter.cpp" line="75"/>
        <location filename="../../core/storage/RowInserter.cpp" line="201"/>
        <location filename="../../core/storage/RowInserter.cpp" line="218"/>
        <source>Cannot prepare the insert into table %1: %2</source>
        <translation>无法准备向表 %1 插入数据：%2</translation>
    </message>
    <message>
        <location filename="../../core/storage/RowInserter.cpp" line="100"/>
        <location filename="../../core/storage/RowInserter.cpp" line="138"/>
        <location filename="../../core/storage/RowInserter.cpp" line="229"/>
        <location filename="../../core/storage/RowInserter.cpp" line="252"/>
        <source>Could not insert rows into table %1: %2</source>
        <translation>无法向表 %1 插入行：%2</translation>
    </message>
    <message>
        <location filename="../../core/storage/RowInserter.cpp" line="118"/>
        <source>rows are copied so only in a workspace file (SQLite)</source>
        <translation>只有工作区文件（SQLite）才能这样复制行</translation>
    </message>
</context>
<context>
    <name>caiji::RowLabel</name>
    <message>
        <location filename="../../core/model/RowLabel.cpp" line="34"/>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
<context>
    <name>caiji::RowRule</name>
    <message>
        <location filename="../../core/validation/RowRules.cpp" line="152"/>
        <source>rule %1: &quot;%2&quot; is not a row rule</source>
        <translation>规则 %1：“%2”不是行内规则</translation>
    </message>
    <message>
        <location filename="../../core/validation/RowRules.cpp" line="157"/>
        <source>rule %1 of table %2 names what the table does not have: %3</source>
        <translation>表 %2 的规则 %1 引用了该表没有的内容：%3</translation>
    </message>
    <message>
        <location filename="../../core/validation/RowRules.cpp" line="188"/>
        <source>%1 %2</source>
        <translation>%1 为 %2</translation>
    </message>
    <message>
        <location filename="../../core/validation/RowRules.cpp" line="189"/>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <location filename="../../core/validation/RowRules.cpp" line="242"/>
        <source>%1 (%2; %3)</source>
        <translation>%1（%2；%3）</translation>
    </message>
    <message>
        <location filename="../../core/validation/RowRules.cpp" line="201"/>
        <source>%1 (%2 %3, %4 %5)</source>
        <translation>%1（%2 为 %3，%4 为 %5）</translation>
    </message>
    <message>
        <location filename="../../core/validation/RowRules.cpp" line="264"/>
        <location filename="../../core/validation/RowRules.cpp" line="277"/>
        <source>%1 (%2 is empty)</source>
        <translation>%1（%2 为空）</translation>
    </message>
    <message>
        <location filename="../../core/validation/RowRules.cpp" line="267"/>
        <location filename="../../core/validation/RowRules.cpp" line="278"/>
        <source>%1 (%2 holds %3)</source>
        <translation>%1（%2 为 %3）</translation>
    </message>
    <message>
        <location filename="../../core/validation/RowRules.cpp" line="280"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../core/validation/RowRules.cpp" line="280"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../core/validation/RowRules.cpp" line="307"/>
        <source>%1 (%2 %3, the ID card number says %4)</source>
        <translation>%1（%2 为 %3，身份证号中的出生日期为 %4）</translation>
    </message>
    <message>
        <location filename="../../core/validation/RowRules.cpp" line="338"/>
        <source>%1 (see the attached record)</source>
        <translation>%1（见所附记录）</translation>
    </message>
</context>
<context>
    <name>caiji::RuleCatalog</name>
    <message>
        <location filename="../../core/validation/RuleCatalog.cpp" line="104"/>
        <source>catalog</source>
        <translation>指标目录</translation>
    </message>
    <message>
        <location filename="../../core/validation/RuleCatalog.cpp" line="107"/>
        <source>%1 — it has no kind Caiji can run</source>
        <translation>%1 —— 没有 Caiji 能执行的规则类型</translation>
    </message>
    <message>
        <location filename="../../core/validation/RuleCatalog.cpp" line="111"/>
        <source>%1 — unknown built-in check &quot;%2&quot;</source>
        <translation>%1 —— 未知的内置检查“%2”</translation>
    </message>
    <message>
        <location filename="../../core/validation/RuleCatalog.cpp" line="120"/>
        <source>%1 — it names rule %2, which the catalog does not have</source>
        <translation>%1 —— 它引用的规则 %2 不在指标目录中</translation>
    </message>
    <message>
        <location filename="../../core/validation/RuleCatalog.cpp" line="123"/>
        <source>it must belong to a table</source>
        <translation>它必须属于某张数据表</translation>
    </message>
    <message>
        <location filename="../../core/validation/RuleCatalog.cpp" line="127"/>
        <source>%1 — unknown kind &quot;%2&quot;</source>
        <translation>%1 —— 未知的规则类型“%2”</translation>
    </message>
    <message>
        <location filename="../../core/validation/RuleCatalog.cpp" line="132"/>
        <source>%1 — it names %2, which the catalog does not have</source>
        <translation>%1 —— 引用的 %2 在指标目录中不存在</translation>
    </message>
    <message>
        <location filename="../../core/validation/RuleCatalog.cpp" line="137"/>
        <source>%1 — it names no indicator (&quot;fields&quot;: [&quot;table.field&quot;, …])</source>
        <translation>%1 —— 没有列出任何指标（&quot;fields&quot;: [&quot;表号.字段&quot;, …]）</translation>
    </message>
    <message>
        <location filename="../../core/validation/RuleCatalog.cpp" line="145"/>
        <source>%1 — its %2 side names a table or field the catalog does not have</source>
        <translation>%1 —— 其 %2 一侧引用了指标目录中没有的表或字段</translation>
    </message>
    <message>
        <location filename="../../core/validation/RuleCatalog.cpp" line="125"/>
        <location filename="../../core/validation/RuleCatalog.cpp" line="153"/>
        <source>%1 — %2</source>
        <translation>%1 —— %2</translation>
    </message>
</context>
<context>
    <name>caiji::ScanReader</name>
    <message>
        <location filename="../../core/documents/ScanReader.cpp" line="49"/>
        <source>%1 is not a PDF that can be read.</source>
        <translation>%1 不是可以读取的 PDF 文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/documents/ScanReader.cpp" line="59"/>
        <source>No QR code was found on the %n page(s) of %1.</source>
        <translation>
            <numerusform>%1 的 %n 页中都没有找到二维码。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/documents/ScanReader.cpp" line="63"/>
        <source>%1 is neither a PDF nor a picture that can be read.</source>
        <translation>%1 既不是 PDF 文件，也不是可以读取的图片。</translation>
    </message>
    <message>
        <location filename="../../core/documents/ScanReader.cpp" line="69"/>
        <source>No QR code was found in %1: scan the letter again, flat and in focus.</source>
        <translation>%1 中没有找到二维码：请把确认书放平、对准焦距后重新扫描或拍照。</translation>
    </message>
    <message>
        <location filename="../../core/documents/ScanReader.cpp" line="78"/>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
</context>
<context>
    <name>caiji::ServerRoles</name>
    <message>
        <location filename="../../core/auth/ServerRoles.cpp" line="119"/>
        <source>Only a PostgreSQL workspace has server roles; an SQLite file is protected by who holds it.</source>
        <translation>只有 PostgreSQL 工作区有服务器角色；SQLite 文件由持有者保管。</translation>
    </message>
</context>
<context>
    <name>caiji::Session</name>
    <message>
        <location filename="../../core/session/Session.cpp" line="29"/>
        <source>A PostgreSQL workspace needs an account: sign in with --user LOGIN.</source>
        <translation>PostgreSQL 工作区需要账户：请用 --user LOGIN 登录。</translation>
    </message>
    <message>
        <location filename="../../core/session/Session.cpp" line="41"/>
        <location filename="../../core/session/Session.cpp" line="67"/>
        <source>Sign-in failed: the account &quot;%1&quot; or its password is wrong, or the account is disabled.</source>
        <translation>登录失败：账户“%1”或密码不正确，或该账户已停用。</translation>
    </message>
    <message>
        <location filename="../../core/session/Session.cpp" line="83"/>
        <source>The PostgreSQL server refused the sign-in of account &quot;%1&quot;: %2</source>
        <translation>PostgreSQL 服务器拒绝了账户“%1”的登录：%2</translation>
    </message>
    <message>
        <location filename="../../core/session/Session.cpp" line="183"/>
        <source>The workspace has no round %1.</source>
        <translation>工作区中没有 %1 年的采集轮次。</translation>
    </message>
</context>
<context>
    <name>caiji::Severity</name>
    <message>
        <location filename="../../core/validation/Finding.cpp" line="35"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../core/validation/Finding.cpp" line="37"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../core/validation/Finding.cpp" line="39"/>
        <source>Info</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>caiji::SqlUtil</name>
    <message>
        <location filename="../../core/storage/SqlUtil.cpp" line="65"/>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
</context>
<context>
    <name>caiji::StoredValue</name>
    <message>
        <location filename="../../core/storage/StoredValue.cpp" line="38"/>
        <source>Table %1, field %2: &quot;%3&quot; is not a value of this field.</source>
        <translation>表 %1 的字段“%2”：“%3”不是该字段的有效值（文件中的值可能被改动过）。</translation>
    </message>
</context>
<context>
    <name>caiji::SummaryBuilder</name>
    <message>
        <location filename="../../core/validation/SummaryBuilder.cpp" line="204"/>
        <source>Table %1 cannot be computed from a detail table.</source>
        <translation>表 %1 不能由明细表计算得出。</translation>
    </message>
    <message>
        <location filename="../../core/validation/SummaryBuilder.cpp" line="161"/>
        <location filename="../../core/validation/SummaryBuilder.cpp" line="347"/>
        <source>Table %1 belongs to %2, which the workspace does not have.</source>
        <translation>表 %1 属于部门 %2，但工作区中没有该部门。</translation>
    </message>
</context>
<context>
    <name>caiji::SummaryRefresh</name>
    <message>
        <location filename="../../core/session/SummaryRefresh.cpp" line="148"/>
        <source>Recomputing summary tables</source>
        <translation>正在重新计算汇总表</translation>
    </message>
</context>
<context>
    <name>caiji::Table</name>
    <message>
        <location filename="../../core/catalog/CatalogModel.cpp" line="52"/>
        <source>Data source table</source>
        <translation>数据源表</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogModel.cpp" line="54"/>
        <source>Detail table</source>
        <translation>明细表</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogModel.cpp" line="56"/>
        <source>Single-record form</source>
        <translation>单记录表</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogModel.cpp" line="58"/>
        <source>Summary table (computed)</source>
        <translation>汇总表（自动计算）</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogModel.cpp" line="80"/>
        <source>Academic year (Sep 1 - Aug 31)</source>
        <translation>学年（9月1日—8月31日）</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogModel.cpp" line="82"/>
        <source>Calendar year</source>
        <translation>自然年</translation>
    </message>
    <message>
        <location filename="../../core/catalog/CatalogModel.cpp" line="84"/>
        <source>Point in time</source>
        <translation>时点</translation>
    </message>
</context>
<context>
    <name>caiji::TableExporter</name>
    <message>
        <location filename="../../core/io/TableExporter.cpp" line="170"/>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <location filename="../../core/io/TableExporter.cpp" line="203"/>
        <location filename="../../core/io/TableExporter.cpp" line="249"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/io/TableExporter.cpp" line="177"/>
        <location filename="../../core/io/TableExporter.cpp" line="244"/>
        <source>Could not read table %1: %2</source>
        <translation>无法读取表 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/io/TableExporter.cpp" line="260"/>
        <source>The catalog has no table %1.</source>
        <translation>指标目录中没有表 %1。</translation>
    </message>
    <message>
        <location filename="../../core/io/TableExporter.cpp" line="302"/>
        <source>None of these tables has rows to export.</source>
        <translation>这些数据表中没有可导出的数据行。</translation>
    </message>
</context>
<context>
    <name>caiji::TableImporter</name>
    <message>
        <location filename="../../core/io/TableImporter.cpp" line="159"/>
        <location filename="../../core/io/TableImporter.cpp" line="323"/>
        <source>The catalog has no such table.</source>
        <translation>指标目录中没有该表。</translation>
    </message>
    <message>
        <location filename="../../core/io/TableImporter.cpp" line="179"/>
        <source>No column of this sheet is named like a field of table %1 (for example &quot;%2&quot;); check the sheet and its header row.</source>
        <translation>该工作表中没有与表 %1 的字段同名的列（例如“%2”）；请检查所选工作表及其表头行。</translation>
    </message>
    <message>
        <location filename="../../core/io/TableImporter.cpp" line="199"/>
        <source>Cannot read table %1, which field %2 refers to.</source>
        <translation>无法读取字段“%2”所引用的表 %1。</translation>
    </message>
    <message>
        <location filename="../../core/io/TableImporter.cpp" line="240"/>
        <source>%1 &quot;%2&quot; does not exist in table %3.</source>
        <translation>%1“%2”在表 %3 中不存在。</translation>
    </message>
    <message>
        <location filename="../../core/io/TableImporter.cpp" line="258"/>
        <source>row %1 of the file</source>
        <translation>文件第 %1 行</translation>
    </message>
    <message>
        <location filename="../../core/io/TableImporter.cpp" line="280"/>
        <location filename="../../core/io/TableImporter.cpp" line="382"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，未做任何修改。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/io/TableImporter.cpp" line="339"/>
        <source>%n row(s) were changed by someone else during the import; nothing was imported.</source>
        <translation>
            <numerusform>导入期间有 %n 行被他人修改，未导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/io/TableImporter.cpp" line="388"/>
        <location filename="../../core/io/TableImporter.cpp" line="446"/>
        <source>importing into %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location filename="../../core/io/TableImporter.cpp" line="491"/>
        <source>Rejected rows</source>
        <translation>未导入的行</translation>
    </message>
    <message>
        <location filename="../../core/io/TableImporter.cpp" line="494"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../core/io/TableImporter.cpp" line="495"/>
        <source>File row</source>
        <translation>文件行号</translation>
    </message>
</context>
<context>
    <name>caiji::TablePane</name>
    <message>
        <location filename="../../ui/grid/TablePane.cpp" line="46"/>
        <source>Choose a table in the task tree</source>
        <translation>请在任务树中选择一张表</translation>
    </message>
    <message>
        <location filename="../../ui/grid/TablePane.cpp" line="49"/>
        <source>Find in this table (Ctrl+F)</source>
        <translation>在本表中查找（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/grid/TablePane.cpp" line="105"/>
        <source>Change &amp;history…</source>
        <translation>修改记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/grid/TablePane.cpp" line="190"/>
        <source>The catalog has no table %1.</source>
        <translation>指标目录中没有表 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/grid/TablePane.cpp" line="252"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/grid/TablePane.cpp" line="257"/>
        <source>Read only: %1 Other departments see only its keys and names.</source>
        <translation>只读：%1 其他部门只能看到编号和名称。</translation>
    </message>
    <message>
        <location filename="../../ui/grid/TablePane.cpp" line="258"/>
        <location filename="../../ui/grid/TablePane.cpp" line="325"/>
        <location filename="../../ui/grid/TablePane.cpp" line="340"/>
        <source>Read only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <location filename="../../ui/grid/TablePane.cpp" line="303"/>
        <source>No row matches the filter. Clear the filters above the columns to see all rows.</source>
        <translation>没有符合筛选条件的行。清除列标题下方的筛选即可看到全部行。</translation>
    </message>
    <message>
        <location filename="../../ui/grid/TablePane.cpp" line="305"/>
        <source>This table has no rows yet. To start: insert a row (Ctrl++) and type, paste rows copied from Excel or WPS (Ctrl+V), or read a file with File → Import into this table (Ctrl+I).</source>
        <translation>本表还没有数据。开始填报：插入一行（Ctrl++）后直接输入；或在 Excel、WPS 中复制后按 Ctrl+V 粘贴；或用“文件 → 导入到本表”（Ctrl+I）读入文件。</translation>
    </message>
    <message>
        <location filename="../../ui/grid/TablePane.cpp" line="307"/>
        <source>This table has no rows yet.</source>
        <translation>本表还没有数据。</translation>
    </message>
    <message>
        <location filename="../../ui/grid/TablePane.cpp" line="381"/>
        <source>Sort ascending</source>
        <translation>升序排列</translation>
    </message>
    <message>
        <location filename="../../ui/grid/TablePane.cpp" line="382"/>
        <source>Sort descending</source>
        <translation>降序排列</translation>
    </message>
    <message>
        <location filename="../../ui/grid/TablePane.cpp" line="383"/>
        <source>Entry order</source>
        <translation>录入顺序</translation>
    </message>
    <message>
        <location filename="../../ui/grid/TablePane.cpp" line="385"/>
        <source>Clear all filters</source>
        <translation>清除全部筛选</translation>
    </message>
    <message>
        <location filename="../../ui/grid/TablePane.cpp" line="416"/>
        <source>Count: %1</source>
        <translation>计数：%1</translation>
    </message>
    <message>
        <location filename="../../ui/grid/TablePane.cpp" line="418"/>
        <source>    Sum: %1    Average: %2</source>
        <translation>    求和：%1    平均值：%2</translation>
    </message>
    <message>
        <location filename="../../ui/grid/TablePane.cpp" line="421"/>
        <source>  (%1 cells not loaded yet)</source>
        <translation>  （%1 个单元格尚未加载）</translation>
    </message>
</context>
<context>
    <name>caiji::TablePrintout</name>
    <message>
        <location filename="../../core/documents/TablePrintout.cpp" line="34"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../core/documents/TablePrintout.cpp" line="63"/>
        <source>The catalog has no table %1.</source>
        <translation>指标目录中没有表 %1。</translation>
    </message>
    <message>
        <location filename="../../core/documents/TablePrintout.cpp" line="95"/>
        <source>The table has no rows in this round.</source>
        <translation>本表本轮尚无数据。</translation>
    </message>
    <message>
        <location filename="../../core/documents/TablePrintout.cpp" line="106"/>
        <source>%1    %2    round %3</source>
        <translation>%1    %2    %3 年采集</translation>
    </message>
</context>
<context>
    <name>caiji::TableQuery</name>
    <message>
        <location filename="../../core/model/TableQuery.cpp" line="63"/>
        <source>Filter of column %1: %2</source>
        <translation>“%1”列的筛选条件：%2</translation>
    </message>
</context>
<context>
    <name>caiji::TableRowModel</name>
    <message>
        <location filename="../../core/model/TableRowModel.cpp" line="342"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../core/model/TableRowModel.cpp" line="375"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../core/model/TableRowModel.cpp" line="382"/>
        <source>Code %1</source>
        <translation>代码 %1</translation>
    </message>
    <message>
        <location filename="../../core/model/TableRowModel.cpp" line="444"/>
        <source>%1 (last year)</source>
        <translation>%1 沿用</translation>
    </message>
    <message>
        <location filename="../../core/model/TableRowModel.cpp" line="448"/>
        <source>Carried over from last year&apos;s round and not changed since; check it</source>
        <translation>沿用上年：自上一轮带入，尚未修改，请核对</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/model/TableRowModel.cpp" line="451"/>
        <source>In use: referenced by %n row(s) of other tables</source>
        <translation>
            <numerusform>正在使用：被其他表的 %n 行引用</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caiji::TaskComments</name>
    <message>
        <location filename="../../core/workflow/TaskComments.cpp" line="13"/>
        <source>Open</source>
        <translation>未答复</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskComments.cpp" line="15"/>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskComments.cpp" line="17"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskComments.cpp" line="61"/>
        <source>There is no comment %1 in round %2.</source>
        <translation>%2 年度采集中没有编号为 %1 的意见。</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskComments.cpp" line="80"/>
        <source>Only %1 answers the comments on its tasks.</source>
        <translation>只有%1可以答复其任务上的意见。</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskComments.cpp" line="85"/>
        <source>An answer needs a text.</source>
        <translation>答复不能为空。</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskComments.cpp" line="104"/>
        <source>Only the comment&apos;s author (%1) or the supervision office closes it.</source>
        <translation>只有意见的提出人（%1）或督导考核办公室可以关闭意见。</translation>
    </message>
</context>
<context>
    <name>caiji::TaskMatrixModel</name>
    <message>
        <location filename="../../ui/dashboard/TaskMatrixModel.cpp" line="23"/>
        <source>F</source>
        <comment>task state mark: filling</comment>
        <translation>填</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/TaskMatrixModel.cpp" line="25"/>
        <source>S</source>
        <comment>task state mark: submitted</comment>
        <translation>交</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/TaskMatrixModel.cpp" line="27"/>
        <source>C</source>
        <comment>task state mark: confirmed</comment>
        <translation>确</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/TaskMatrixModel.cpp" line="29"/>
        <source>R</source>
        <comment>task state mark: domain reviewed</comment>
        <translation>审</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/TaskMatrixModel.cpp" line="36"/>
        <source>B</source>
        <comment>task state mark: returned</comment>
        <translation>退</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/TaskMatrixModel.cpp" line="38"/>
        <source>V</source>
        <comment>task state mark: revising</comment>
        <translation>修</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/TaskMatrixModel.cpp" line="189"/>
        <source>%1  %2/%3</source>
        <translation>%1  %2/%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/TaskMatrixModel.cpp" line="190"/>
        <source>%1; %n task(s) overdue</source>
        <translation>
            <numerusform>%1；%n 项任务逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/TaskMatrixModel.cpp" line="215"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/TaskMatrixModel.cpp" line="217"/>
        <source>Overdue since %1</source>
        <translation>已逾期（截止 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/TaskMatrixModel.cpp" line="218"/>
        <source>Due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/TaskMatrixModel.cpp" line="220"/>
        <source>%1 error(s), %2 warning(s) to explain</source>
        <translation>%1 个错误，%2 个警告待说明</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/TaskMatrixModel.cpp" line="222"/>
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>%n 条意见待答复</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/TaskMatrixModel.cpp" line="241"/>
        <source>Department  accepted/tasks</source>
        <translation>部门  已通过/任务数</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/TaskMatrixModel.cpp" line="261"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/TaskMatrixModel.cpp" line="262"/>
        <source>%n task(s): </source>
        <translation>
            <numerusform>共 %n 项任务：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/TaskMatrixModel.cpp" line="264"/>
        <source>; late: %1</source>
        <translation>；逾期部门：%1</translation>
    </message>
</context>
<context>
    <name>caiji::TaskPanel</name>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="88"/>
        <source>%1 (%2, %3): %4</source>
        <translation>%1（%2，%3）：%4</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="89"/>
        <source> — answer: %1</source>
        <translation> —— 答复：%1</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="116"/>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="124"/>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;overdue since %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;已逾期（截止 %1）&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workflow/TaskPanel.cpp" line="125"/>
        <source>due %1, %n working day(s) left</source>
        <translation>
            <numerusform>截止 %1，还剩 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="134"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workflow/TaskPanel.cpp" line="137"/>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;%n open comment(s)&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#c0392b&apos;&gt;%n 条意见待答复&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="140"/>
        <source>Returned by %1: %2</source>
        <translation>%1 退回：%2</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="149"/>
        <source>Changes since return (%1)</source>
        <translation>退回后修改（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="151"/>
        <source>Comments (%1)</source>
        <translation>意见（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="171"/>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="175"/>
        <source>Ask to unlock</source>
        <translation>申请解锁</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="176"/>
        <source>What must be revised, and why? (rows or fields, for the supervision office)</source>
        <translation>需要修订什么？为什么？（请写明行或字段，供督导考核办公室审批）</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="255"/>
        <source>Confirm the department&apos;s data</source>
        <translation>确认本部门数据</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="256"/>
        <source>Your password signs the confirmation of %1. The data is locked afterwards.</source>
        <translation>请输入您的密码，以签署对 %1 的确认。确认后数据将被锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="264"/>
        <source>Return for correction</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="267"/>
        <source>What must the department correct? (required)</source>
        <translation>需要部门更正什么？（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="270"/>
        <source>On the whole table</source>
        <translation>针对整张表</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="271"/>
        <source>Pin the comment to the current cell (%1)</source>
        <translation>将意见标注在当前单元格（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="276"/>
        <source>Reason</source>
        <translation>退回理由</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="277"/>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="339"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="291"/>
        <source>Unlock for revision</source>
        <translation>解锁修订</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="292"/>
        <source>What is to be revised? The department edits for five working days; the confirmation no longer stands until it is confirmed again.</source>
        <translation>需要修订什么？部门可在五个工作日内修改数据；重新确认前，原确认不再有效。</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="302"/>
        <source>%1 this task? It stays locked for the department.</source>
        <translation>确定对此任务执行“%1”吗？部门仍不能修改其数据。</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="337"/>
        <source>Comments on %1</source>
        <translation>%1 的意见</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="339"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="339"/>
        <source>By</source>
        <translation>提出人</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="339"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="339"/>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="365"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="347"/>
        <source>Whole table</source>
        <translation>整张表</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="347"/>
        <source>Cell %1</source>
        <translation>单元格“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="347"/>
        <source>Row</source>
        <translation>整行</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="358"/>
        <source>Answer…</source>
        <translation>答复…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="359"/>
        <source>Close comment</source>
        <translation>关闭意见</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/TaskPanel.cpp" line="365"/>
        <source>Your answer</source>
        <translation>您的答复</translation>
    </message>
</context>
<context>
    <name>caiji::TaskState</name>
    <message>
        <location filename="../../core/workflow/TaskState.cpp" line="50"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskState.cpp" line="52"/>
        <source>Filling in</source>
        <translation>填报中</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskState.cpp" line="54"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskState.cpp" line="56"/>
        <source>Confirmed by department</source>
        <translation>部门已确认</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskState.cpp" line="58"/>
        <source>Domain review passed</source>
        <translation>业务审核通过</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskState.cpp" line="60"/>
        <source>Accepted by supervision office</source>
        <translation>督导已通过</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskState.cpp" line="62"/>
        <source>Returned for correction</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskState.cpp" line="64"/>
        <source>Merged</source>
        <translation>已汇总</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskState.cpp" line="66"/>
        <source>Approved by leadership</source>
        <translation>领导已审定</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskState.cpp" line="68"/>
        <source>Reported</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskState.cpp" line="70"/>
        <source>Revising</source>
        <translation>修订中</translation>
    </message>
</context>
<context>
    <name>caiji::TaskTransitions</name>
    <message>
        <location filename="../../core/workflow/TaskTransitions.cpp" line="48"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskTransitions.cpp" line="50"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskTransitions.cpp" line="52"/>
        <source>Pass domain review</source>
        <translation>业务审核通过</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskTransitions.cpp" line="54"/>
        <source>Accept</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskTransitions.cpp" line="56"/>
        <source>Return for correction</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskTransitions.cpp" line="58"/>
        <source>Unlock for revision</source>
        <translation>解锁修订</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskTransitions.cpp" line="95"/>
        <source>%1 of %2 has no domain review: the supervision office accepts it directly.</source>
        <translation>%2 的 %1 无需业务审核，由督导考核办公室直接审核。</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskTransitions.cpp" line="97"/>
        <source>%1 of %2 is %3: it cannot be %4 now.</source>
        <translation>%2 的 %1 当前状态为“%3”，现在不能执行“%4”。</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskTransitions.cpp" line="112"/>
        <source>the department&apos;s data administrator</source>
        <translation>本部门的数据采集员</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskTransitions.cpp" line="116"/>
        <source>the department&apos;s head</source>
        <translation>本部门负责人</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskTransitions.cpp" line="120"/>
        <source>a domain reviewer of %1</source>
        <translation>%1的业务审核员</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskTransitions.cpp" line="125"/>
        <location filename="../../core/workflow/TaskTransitions.cpp" line="135"/>
        <source>the supervision office</source>
        <translation>督导考核办公室</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskTransitions.cpp" line="133"/>
        <source>the department&apos;s head or the supervision office</source>
        <translation>本部门负责人或督导考核办公室</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskTransitions.cpp" line="134"/>
        <source>the domain reviewer or the supervision office</source>
        <translation>业务审核员或督导考核办公室</translation>
    </message>
    <message>
        <location filename="../../core/workflow/TaskTransitions.cpp" line="140"/>
        <source>%1 may not %2 %3 of %4: only %5 may.</source>
        <translation>%1 无权对 %4 的 %3 执行“%2”：只有%5可以。</translation>
    </message>
</context>
<context>
    <name>caiji::TaskTreeModel</name>
    <message>
        <location filename="../../ui/tasktree/TaskTreeModel.cpp" line="25"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/tasktree/TaskTreeModel.cpp" line="25"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/tasktree/TaskTreeModel.cpp" line="25"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../ui/tasktree/TaskTreeModel.cpp" line="25"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/tasktree/TaskTreeModel.cpp" line="46"/>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../ui/tasktree/TaskTreeModel.cpp" line="47"/>
        <source>Rows: %1</source>
        <translation>行数：%1</translation>
    </message>
    <message>
        <location filename="../../ui/tasktree/TaskTreeModel.cpp" line="48"/>
        <source>Problems: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <location filename="../../ui/tasktree/TaskTreeModel.cpp" line="48"/>
        <source>none found</source>
        <translation>未发现</translation>
    </message>
    <message>
        <location filename="../../ui/tasktree/TaskTreeModel.cpp" line="72"/>
        <source>Round %1</source>
        <translation>%1 年采集轮次</translation>
    </message>
    <message>
        <location filename="../../ui/tasktree/TaskTreeModel.cpp" line="52"/>
        <source>Lead department for this table</source>
        <translation>本表牵头部门</translation>
    </message>
    <message>
        <location filename="../../ui/tasktree/TaskTreeModel.cpp" line="89"/>
        <source>%1/%2 started</source>
        <translation>已开始 %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/tasktree/TaskTreeModel.cpp" line="91"/>
        <source>%1: %2 of %3 tables started</source>
        <translation>%1：%3 张表中已开始 %2 张</translation>
    </message>
    <message>
        <location filename="../../ui/tasktree/TaskTreeModel.cpp" line="131"/>
        <source>Overdue: the deadline was %1</source>
        <translation>已逾期：截止日期为 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tasktree/TaskTreeModel.cpp" line="132"/>
        <source>Due %1, %n working day(s) left</source>
        <translation>
            <numerusform>截止 %1，还剩 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tasktree/TaskTreeModel.cpp" line="138"/>
        <source>%1 · overdue</source>
        <translation>%1 · 已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/tasktree/TaskTreeModel.cpp" line="165"/>
        <source>%1 errors</source>
        <translation>%1 个错误</translation>
    </message>
    <message>
        <location filename="../../ui/tasktree/TaskTreeModel.cpp" line="167"/>
        <source>%1 warnings to explain</source>
        <translation>%1 个警告待说明</translation>
    </message>
    <message>
        <location filename="../../ui/tasktree/TaskTreeModel.cpp" line="169"/>
        <source>warnings explained</source>
        <translation>警告均已说明</translation>
    </message>
</context>
<context>
    <name>caiji::TaskWorkflow</name>
    <message>
        <location filename="../../core/session/TaskWorkflow.cpp" line="63"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../core/session/TaskWorkflow.cpp" line="65"/>
        <source>Error — %1</source>
        <translation>错误 —— %1</translation>
    </message>
    <message>
        <location filename="../../core/session/TaskWorkflow.cpp" line="69"/>
        <source>Warning without an explanation — %1</source>
        <translation>警告未说明 —— %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/session/TaskWorkflow.cpp" line="76"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>……另有 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/session/TaskWorkflow.cpp" line="95"/>
        <source>%1 of %2: %3.</source>
        <translation>%2 的 %1：%3。</translation>
    </message>
    <message>
        <location filename="../../core/session/TaskWorkflow.cpp" line="107"/>
        <source>The catalog has no table %1.</source>
        <translation>指标目录中没有表 %1。</translation>
    </message>
    <message>
        <location filename="../../core/session/TaskWorkflow.cpp" line="116"/>
        <source>%1 is not a task of %2 in round %3.</source>
        <translation>%1 不是 %2 在 %3 年度采集中的任务。</translation>
    </message>
    <message>
        <location filename="../../core/session/TaskWorkflow.cpp" line="140"/>
        <source>%1 cannot be submitted yet: correct the errors and explain the warnings first.</source>
        <translation>%1 暂不能提交：请先改正错误，并对警告作出说明。</translation>
    </message>
    <message>
        <location filename="../../core/session/TaskWorkflow.cpp" line="154"/>
        <source>The password is not right: the confirmation is signed with your own password.</source>
        <translation>密码不正确：确认须以您本人的密码签署。</translation>
    </message>
    <message>
        <location filename="../../core/session/TaskWorkflow.cpp" line="183"/>
        <source>Only %1 asks to unlock its own task.</source>
        <translation>只有%1可以申请解锁其本部门的任务。</translation>
    </message>
    <message>
        <location filename="../../core/session/TaskWorkflow.cpp" line="188"/>
        <source>Only a confirmed task is unlocked; this one is %1.</source>
        <translation>只有已确认的任务才能解锁；该任务当前为“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/session/TaskWorkflow.cpp" line="193"/>
        <source>Say why the task must be unlocked.</source>
        <translation>请说明需要解锁的理由。</translation>
    </message>
    <message>
        <location filename="../../core/session/TaskWorkflow.cpp" line="210"/>
        <source>The request to unlock %1 is with the supervision office.</source>
        <translation>解锁 %1 的申请已提交督导考核办公室。</translation>
    </message>
    <message>
        <location filename="../../core/session/TaskWorkflow.cpp" line="220"/>
        <source>An unlock runs until a day from today on.</source>
        <translation>解锁的截止日期不能早于今天。</translation>
    </message>
    <message>
        <location filename="../../core/session/TaskWorkflow.cpp" line="229"/>
        <source>Table %1 has no field %2 to open for revision.</source>
        <translation>表 %1 没有可开放修订的字段 %2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/session/TaskWorkflow.cpp" line="308"/>
        <source>%n task(s) of %1 accepted.</source>
        <translation>
            <numerusform>%1 的 %n 项任务已审核通过。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caiji::Templates</name>
    <message>
        <location filename="../../core/documents/Templates.cpp" line="24"/>
        <source>confirmation letter</source>
        <translation>上报确认书</translation>
    </message>
    <message>
        <location filename="../../core/documents/Templates.cpp" line="26"/>
        <source>table printout</source>
        <translation>数据表打印</translation>
    </message>
    <message>
        <location filename="../../core/documents/Templates.cpp" line="28"/>
        <source>return notice</source>
        <translation>退回修改通知</translation>
    </message>
    <message>
        <location filename="../../core/documents/Templates.cpp" line="30"/>
        <source>findings list</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <location filename="../../core/documents/Templates.cpp" line="65"/>
        <source>The template of the %1 is broken: %2</source>
        <translation>%1模板有误：%2</translation>
    </message>
    <message>
        <location filename="../../core/documents/Templates.cpp" line="79"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../../core/documents/Templates.cpp" line="98"/>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location filename="../../core/documents/Templates.cpp" line="103"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>caiji::TemplatesDialog</name>
    <message>
        <location filename="../../ui/admin/TemplatesDialog.cpp" line="25"/>
        <source>Printout templates</source>
        <translation>文书模板</translation>
    </message>
    <message>
        <location filename="../../ui/admin/TemplatesDialog.cpp" line="28"/>
        <source>Export a template, edit it in a text editor (HTML with {{placeholders}} named in its first lines), and import it back: the printouts use it from then on.</source>
        <translation>导出模板，用文本编辑器修改（HTML 格式，可用的 {{占位符}} 列在模板开头几行），再导入：此后即按修改后的模板打印。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/TemplatesDialog.cpp" line="33"/>
        <source>Printout</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../ui/admin/TemplatesDialog.cpp" line="33"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../ui/admin/TemplatesDialog.cpp" line="33"/>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <location filename="../../ui/admin/TemplatesDialog.cpp" line="38"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/TemplatesDialog.cpp" line="39"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/TemplatesDialog.cpp" line="40"/>
        <source>Use the &amp;shipped one</source>
        <translation>恢复内置模板(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/TemplatesDialog.cpp" line="49"/>
        <source>Templates (*.html)</source>
        <translation>模板 (*.html)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/TemplatesDialog.cpp" line="55"/>
        <source>Export the template</source>
        <translation>导出模板</translation>
    </message>
    <message>
        <location filename="../../ui/admin/TemplatesDialog.cpp" line="64"/>
        <source>Import a template</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <location filename="../../ui/admin/TemplatesDialog.cpp" line="89"/>
        <source>this workspace&apos;s own</source>
        <translation>本工作区自定义</translation>
    </message>
    <message>
        <location filename="../../ui/admin/TemplatesDialog.cpp" line="89"/>
        <source>shipped with Caiji</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../ui/admin/TemplatesDialog.cpp" line="111"/>
        <source>The %1 prints with the template from %2 from now on.</source>
        <translation>此后%1按 %2 中的模板打印。</translation>
    </message>
</context>
<context>
    <name>caiji::Transaction</name>
    <message>
        <location filename="../../core/storage/SqlUtil.cpp" line="106"/>
        <source>another program is writing to the workspace and did not finish in time: %1</source>
        <translation>另一个程序正在写入工作区，未能及时完成：%1</translation>
    </message>
    <message>
        <location filename="../../core/storage/SqlUtil.cpp" line="64"/>
        <location filename="../../core/storage/SqlUtil.cpp" line="153"/>
        <location filename="../../core/storage/SqlUtil.cpp" line="173"/>
        <source>Could not start a database transaction: %1</source>
        <translation>无法开始数据库事务：%1</translation>
    </message>
    <message>
        <location filename="../../core/storage/SqlUtil.cpp" line="185"/>
        <source>A step of this change failed; nothing was saved.</source>
        <translation>本次修改中有一个步骤失败，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../core/storage/SqlUtil.cpp" line="190"/>
        <source>Could not save the changes: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
</context>
<context>
    <name>caiji::UnlockRequestsDialog</name>
    <message>
        <location filename="../../ui/workflow/UnlockRequestsDialog.cpp" line="31"/>
        <source>Requests to unlock</source>
        <translation>解锁申请</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/UnlockRequestsDialog.cpp" line="32"/>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/UnlockRequestsDialog.cpp" line="32"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/UnlockRequestsDialog.cpp" line="32"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/UnlockRequestsDialog.cpp" line="32"/>
        <source>What</source>
        <translation>修订范围</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/UnlockRequestsDialog.cpp" line="32"/>
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/UnlockRequestsDialog.cpp" line="32"/>
        <source>When</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/UnlockRequestsDialog.cpp" line="34"/>
        <source>Grant…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/UnlockRequestsDialog.cpp" line="35"/>
        <source>Open the task</source>
        <translation>打开任务</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/UnlockRequestsDialog.cpp" line="36"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/UnlockRequestsDialog.cpp" line="54"/>
        <source>Select a request first.</source>
        <translation>请先选择一条申请。</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/UnlockRequestsDialog.cpp" line="58"/>
        <source>Grant the revision</source>
        <translation>批准修订</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/UnlockRequestsDialog.cpp" line="77"/>
        <source>Revise until</source>
        <translation>修订截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/UnlockRequestsDialog.cpp" line="78"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/workflow/UnlockRequestsDialog.cpp" line="79"/>
        <source>Only these fields
(none: the whole table)</source>
        <translation>只开放这些字段
（不勾选：整张表）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workflow/UnlockRequestsDialog.cpp" line="110"/>
        <source>%n request(s) waiting.</source>
        <translation>
            <numerusform>%n 条申请待处理。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caiji::Validator</name>
    <message>
        <location filename="../../core/validation/Validator.cpp" line="174"/>
        <source>Validation was cancelled.</source>
        <translation>数据检查已取消。</translation>
    </message>
    <message>
        <location filename="../../core/validation/Validator.cpp" line="287"/>
        <source>%1 &quot;%2&quot; does not exist in %3 %4.</source>
        <translation>%1“%2”在 %3 %4 中不存在。</translation>
    </message>
    <message>
        <location filename="../../core/validation/Validator.cpp" line="290"/>
        <source>%1 %2 lies in the future.</source>
        <translation>%1 %2 晚于当前日期。</translation>
    </message>
    <message>
        <location filename="../../core/validation/Validator.cpp" line="275"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../core/validation/Validator.cpp" line="293"/>
        <source>%1 &quot;%2&quot; is not a valid ID card number (its length, check digit or birth date is wrong).</source>
        <translation>%1“%2”不是有效的身份证号（位数、校验位或出生日期不对）。</translation>
    </message>
    <message>
        <location filename="../../core/validation/Validator.cpp" line="297"/>
        <source>%1 &quot;%2&quot; is not a valid unified social credit code.</source>
        <translation>%1“%2”不是有效的统一社会信用代码。</translation>
    </message>
    <message>
        <location filename="../../core/validation/Validator.cpp" line="350"/>
        <source>%1 %2 appears %3 times; it must be unique.</source>
        <translation>%1 %2 出现了 %3 次，必须唯一。</translation>
    </message>
    <message>
        <location filename="../../core/validation/Validator.cpp" line="470"/>
        <source>%1 of %2 is %3 but the detail table %4 gives %5.</source>
        <translation>%2 的%1为 %3，但明细表 %4 中为 %5。</translation>
    </message>
    <message>
        <location filename="../../core/validation/Validator.cpp" line="496"/>
        <source>%1 has rows for %2 in %3 but no summary row.</source>
        <translation>表 %3 中有 %2 的数据行，但表 %1 中没有对应的汇总行。</translation>
    </message>
    <message>
        <location filename="../../core/validation/Validator.cpp" line="587"/>
        <source>%1 is %2 but table %3 gives %4.</source>
        <translation>%1为 %2，但按表 %3 计算为 %4。</translation>
    </message>
    <message>
        <location filename="../../core/validation/Validator.cpp" line="594"/>
        <source>%1 is not filled in; table %2 gives %3.</source>
        <translation>%1未填写；按表 %2 计算应为 %3。</translation>
    </message>
    <message>
        <location filename="../../core/validation/Validator.cpp" line="640"/>
        <source>%1 %2 also appears in table %3 %4: %5</source>
        <translation>%1 %2 同时出现在表 %3 %4 中：%5</translation>
    </message>
    <message>
        <location filename="../../core/validation/Validator.cpp" line="679"/>
        <source>rows of %1</source>
        <translation>表 %1 的行数</translation>
    </message>
    <message>
        <location filename="../../core/validation/Validator.cpp" line="680"/>
        <source>%1 %2</source>
        <translation>表 %1 %2</translation>
    </message>
    <message>
        <location filename="../../core/validation/Validator.cpp" line="681"/>
        <source>sum of %1 %2</source>
        <translation>表 %1 %2 之和</translation>
    </message>
    <message>
        <location filename="../../core/validation/Validator.cpp" line="710"/>
        <source>%1 (%2: %3; %4: %5)</source>
        <translation>%1（%2：%3；%4：%5）</translation>
    </message>
    <message>
        <location filename="../../core/validation/Validator.cpp" line="771"/>
        <source>%1 is %2, less than the %3 of round %4.</source>
        <translation>%1 为 %2，少于 %4 年度的 %3。</translation>
    </message>
    <message>
        <location filename="../../core/validation/Validator.cpp" line="784"/>
        <source>%1 changed by %2% against round %3 (%4 → %5); please explain.</source>
        <translation>%1较 %3 年采集轮次变化 %2%（%4 → %5），请说明原因。</translation>
    </message>
</context>
<context>
    <name>caiji::ValueFormat</name>
    <message>
        <location filename="../../core/value/ValueFormat.cpp" line="15"/>
        <location filename="../../core/value/ValueFormat.cpp" line="42"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../core/value/ValueFormat.cpp" line="16"/>
        <location filename="../../core/value/ValueFormat.cpp" line="43"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../core/value/ValueFormat.cpp" line="53"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/value/ValueFormat.cpp" line="55"/>
        <source>at most %n character(s)</source>
        <translation>
            <numerusform>不超过 %n 个字</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/value/ValueFormat.cpp" line="57"/>
        <source>format: %1</source>
        <translation>格式：%1</translation>
    </message>
    <message>
        <location filename="../../core/value/ValueFormat.cpp" line="59"/>
        <source>from %1 to %2</source>
        <translation>取值 %1 至 %2</translation>
    </message>
    <message>
        <location filename="../../core/value/ValueFormat.cpp" line="61"/>
        <source>at least %1</source>
        <translation>不小于 %1</translation>
    </message>
    <message>
        <location filename="../../core/value/ValueFormat.cpp" line="63"/>
        <source>at most %1</source>
        <translation>不大于 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/value/ValueFormat.cpp" line="65"/>
        <source>%n decimal place(s)</source>
        <translation>
            <numerusform>%n 位小数</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/value/ValueFormat.cpp" line="67"/>
        <source>in %1 (not typed into the cell)</source>
        <translation>单位：%1（不在单元格中填写）</translation>
    </message>
    <message>
        <location filename="../../core/value/ValueFormat.cpp" line="75"/>
        <source>code list %1 (%2 codes: %3)</source>
        <translation>代码表“%1”（共 %2 项：%3）</translation>
    </message>
    <message>
        <location filename="../../core/value/ValueFormat.cpp" line="84"/>
        <source>a %1 registered in table %2 %3</source>
        <translation>须为表 %2 %3 中已登记的%1</translation>
    </message>
</context>
<context>
    <name>caiji::ValueParser</name>
    <message>
        <location filename="../../core/value/ValueParser.cpp" line="83"/>
        <source>between %1 and %2</source>
        <translation>介于 %1 和 %2 之间</translation>
    </message>
    <message>
        <location filename="../../core/value/ValueParser.cpp" line="85"/>
        <source>at least %1</source>
        <translation>不小于 %1</translation>
    </message>
    <message>
        <location filename="../../core/value/ValueParser.cpp" line="86"/>
        <source>at most %1</source>
        <translation>不大于 %1</translation>
    </message>
    <message>
        <location filename="../../core/value/ValueParser.cpp" line="93"/>
        <source>%1 is out of range: it must be %2.</source>
        <translation>%1 超出取值范围：应%2。</translation>
    </message>
    <message>
        <location filename="../../core/value/ValueParser.cpp" line="114"/>
        <location filename="../../core/value/ValueParser.cpp" line="203"/>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <location filename="../../core/value/ValueParser.cpp" line="126"/>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <location filename="../../core/value/ValueParser.cpp" line="128"/>
        <source>&quot;%1&quot; is not a year (four digits, such as 2024).</source>
        <translation>“%1”不是年份（应为 4 位数字，如 2024）。</translation>
    </message>
    <message>
        <location filename="../../core/value/ValueParser.cpp" line="136"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <location filename="../../core/value/ValueParser.cpp" line="137"/>
        <source>&quot;%1&quot; is not a number (the unit %2 is not typed into the cell).</source>
        <translation>“%1”不是数字（单元格中无需填写单位“%2”）。</translation>
    </message>
    <message>
        <location filename="../../core/value/ValueParser.cpp" line="103"/>
        <source>&quot;%1&quot; has more than %2 decimal places.</source>
        <translation>“%1”的小数位数超过 %2 位。</translation>
    </message>
    <message>
        <location filename="../../core/value/ValueParser.cpp" line="143"/>
        <location filename="../../core/value/ValueParser.cpp" line="278"/>
        <location filename="../../core/value/ValueParser.cpp" line="284"/>
        <source>&quot;%1&quot; is not a date; write it as 2024-09-01.</source>
        <translation>“%1”不是日期，请按 2024-09-01 的格式填写。</translation>
    </message>
    <message>
        <location filename="../../core/value/ValueParser.cpp" line="149"/>
        <location filename="../../core/value/ValueParser.cpp" line="238"/>
        <source>&quot;%1&quot; is not a year and month; write six digits such as 202409.</source>
        <translation>“%1”不是年月，请填写 6 位数字，如 202409。</translation>
    </message>
    <message>
        <location filename="../../core/value/ValueParser.cpp" line="164"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../core/value/ValueParser.cpp" line="166"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../core/value/ValueParser.cpp" line="168"/>
        <location filename="../../core/value/ValueParser.cpp" line="290"/>
        <source>&quot;%1&quot; is not 是 or 否.</source>
        <translation>“%1”不是“是”或“否”。</translation>
    </message>
    <message>
        <location filename="../../core/value/ValueParser.cpp" line="173"/>
        <source>Code list %1 is missing from the catalog.</source>
        <translation>指标目录中缺少代码表 %1。</translation>
    </message>
    <message>
        <location filename="../../core/value/ValueParser.cpp" line="183"/>
        <location filename="../../core/value/ValueParser.cpp" line="232"/>
        <source>&quot;%1&quot; is not in the code list %2.</source>
        <translation>“%1”不在代码表“%2”中。</translation>
    </message>
    <message>
        <location filename="../../core/value/ValueParser.cpp" line="196"/>
        <source>Unknown field type.</source>
        <translation>未知的字段类型。</translation>
    </message>
    <message>
        <location filename="../../core/value/ValueParser.cpp" line="212"/>
        <source>&quot;%1&quot; is too long: at most %2 characters.</source>
        <translation>“%1”过长：最多 %2 个字符。</translation>
    </message>
    <message>
        <location filename="../../core/value/ValueParser.cpp" line="220"/>
        <source>&quot;%1&quot; does not have the required format: it must be %2.</source>
        <translation>“%1”的格式不对：应为 %2。</translation>
    </message>
</context>
<context>
    <name>caiji::WaitingBar</name>
    <message>
        <location filename="../../ui/grid/WaitingBar.cpp" line="13"/>
        <source>Cancel the waiting edits</source>
        <translation>放弃等待中的修改</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/grid/WaitingBar.cpp" line="29"/>
        <source>Waiting for another user&apos;s write to finish: %1. %n edit(s) will be saved as soon as it is done; keep working.</source>
        <translation>
            <numerusform>正在等待另一位用户的写入完成：%1。%n 处修改将在其完成后立即保存，您可以继续工作。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/grid/WaitingBar.cpp" line="39"/>
        <source>%n waiting edit(s) were given up and not saved.</source>
        <translation>
            <numerusform>已放弃 %n 处等待中的修改，未保存。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caiji::WorkCalendar</name>
    <message>
        <location filename="../../core/workflow/WorkCalendar.cpp" line="22"/>
        <source>&quot;%1&quot; in %2 of %3 is not a date (YYYY-MM-DD).</source>
        <translation>%3 年的 %2 中“%1”不是日期（应为 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../core/workflow/WorkCalendar.cpp" line="28"/>
        <source>%1 in %2 of %3 belongs to another year.</source>
        <translation>%3 年的 %2 中 %1 不属于该年。</translation>
    </message>
    <message>
        <location filename="../../core/workflow/WorkCalendar.cpp" line="46"/>
        <source>A calendar year needs &quot;year&quot; (2000 to 2100).</source>
        <translation>日历年份须填写“year”（2000 至 2100）。</translation>
    </message>
    <message>
        <location filename="../../core/workflow/WorkCalendar.cpp" line="51"/>
        <source>%1 is both a day off and a working day.</source>
        <translation>%1 既是放假日又是上班日。</translation>
    </message>
    <message>
        <location filename="../../core/workflow/WorkCalendar.cpp" line="53"/>
        <source>%1 is a weekday: only a Saturday or Sunday can be a make-up working day.</source>
        <translation>%1 是工作日：只有周六或周日才能是调休上班日。</translation>
    </message>
</context>
<context>
    <name>caiji::Workspace</name>
    <message>
        <location filename="../../core/storage/Workspace.cpp" line="101"/>
        <source>%1 already exists; choose another file name or open it instead.</source>
        <translation>%1 已存在，请另选文件名，或直接打开该文件。</translation>
    </message>
    <message>
        <location filename="../../core/storage/Workspace.cpp" line="111"/>
        <source>The database %1 is not empty; a new workspace needs an empty database.</source>
        <translation>数据库 %1 不是空库；新建工作区需要使用空数据库。</translation>
    </message>
    <message>
        <location filename="../../core/storage/Workspace.cpp" line="152"/>
        <source>%1 is not a Caiji workspace (or the file is damaged).</source>
        <translation>%1 不是采集工作台的工作区（或文件已损坏）。</translation>
    </message>
    <message>
        <location filename="../../core/storage/Workspace.cpp" line="195"/>
        <source>The workspace %1 was made by a newer version of Caiji (schema %2; this program understands up to %3). Please upgrade Caiji.</source>
        <translation>工作区 %1 由更高版本的采集工作台创建（数据结构版本 %2，本程序最高支持 %3）。请升级采集工作台。</translation>
    </message>
    <message>
        <location filename="../../core/storage/Workspace.cpp" line="241"/>
        <source>The workspace %1 has no catalog installed.</source>
        <translation>工作区 %1 尚未安装指标目录。</translation>
    </message>
    <message>
        <location filename="../../core/storage/Workspace.cpp" line="246"/>
        <source>(catalog %1 stored in the workspace)</source>
        <translation>（工作区中保存的指标目录 %1）</translation>
    </message>
</context>
<context>
    <name>caiji::WorkspaceActivity</name>
    <message>
        <location filename="../../core/storage/WorkspaceActivity.cpp" line="61"/>
        <location filename="../../core/storage/WorkspaceActivity.cpp" line="66"/>
        <source>another program or user</source>
        <translation>另一个程序或用户</translation>
    </message>
    <message>
        <location filename="../../core/storage/WorkspaceActivity.cpp" line="67"/>
        <source>%1: %2, since %3 on %4</source>
        <translation>%1：%2（%3 起，%4）</translation>
    </message>
    <message>
        <location filename="../../core/storage/WorkspaceActivity.cpp" line="68"/>
        <source>another user</source>
        <translation>另一位用户</translation>
    </message>
</context>
<context>
    <name>caiji::WorkspaceLocation</name>
    <message>
        <location filename="../../core/storage/WorkspaceLocation.cpp" line="22"/>
        <source>No workspace given: name a .caiji file or a postgresql:// address.</source>
        <translation>未指定工作区：请给出 .caiji 文件或 postgresql:// 地址。</translation>
    </message>
    <message>
        <location filename="../../core/storage/WorkspaceLocation.cpp" line="29"/>
        <source>The PostgreSQL address &quot;%1&quot; is not valid; expected postgresql://user@host:port/database.</source>
        <translation>PostgreSQL 地址“%1”无效，应为 postgresql://user@host:port/database 格式。</translation>
    </message>
    <message>
        <location filename="../../core/storage/WorkspaceLocation.cpp" line="50"/>
        <source>Unsupported workspace address &quot;%1&quot;: use a file path or postgresql://.</source>
        <translation>不支持的工作区地址“%1”：请使用文件路径或 postgresql:// 地址。</translation>
    </message>
    <message>
        <location filename="../../core/storage/WorkspaceLocation.cpp" line="84"/>
        <source>Workspace file %1 does not exist.</source>
        <translation>工作区文件 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../../core/storage/WorkspaceLocation.cpp" line="89"/>
        <source>Workspace file %1 cannot be read.</source>
        <translation>无法读取工作区文件 %1。</translation>
    </message>
    <message>
        <location filename="../../core/storage/WorkspaceLocation.cpp" line="97"/>
        <source>Cannot open workspace file %1: %2</source>
        <translation>无法打开工作区文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/storage/WorkspaceLocation.cpp" line="120"/>
        <source>Cannot connect to PostgreSQL workspace %1: %2</source>
        <translation>无法连接 PostgreSQL 工作区 %1：%2</translation>
    </message>
</context>
<context>
    <name>caiji::WorkspacePresence</name>
    <message>
        <location filename="../../core/storage/WorkspacePresence.cpp" line="143"/>
        <source>%1 on %2 (since %3)</source>
        <translation>%1 在 %2 上（%3 起）</translation>
    </message>
    <message>
        <location filename="../../core/storage/WorkspacePresence.cpp" line="144"/>
        <source>a user</source>
        <translation>一位用户</translation>
    </message>
    <message>
        <location filename="../../core/storage/WorkspacePresence.cpp" line="147"/>
        <source>This workspace is also open on another computer: %1. It is open here in WAL mode, which only works among the programs of one computer, so writing from both computers can damage it. Close it here and open it again once the others have closed it; for many users at once, use a PostgreSQL workspace.</source>
        <translation>此工作区同时在另一台电脑上打开：%1。本机以 WAL 模式打开了它，这种模式只适用于同一台电脑上的程序，两台电脑同时写入可能损坏数据。请先在本机关闭，待其他电脑关闭后再重新打开；多人同时使用请改用 PostgreSQL 工作区。</translation>
    </message>
    <message>
        <location filename="../../core/storage/WorkspacePresence.cpp" line="151"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../core/storage/WorkspacePresence.cpp" line="154"/>
        <source>This workspace is on a network share, but a program on the computer that holds the file has it open in WAL mode, which only works among the programs of one computer: writing from here can damage it. Close Caiji on that computer, then open the workspace again.</source>
        <translation>此工作区位于网络共享上，但存放该文件的电脑上有程序以 WAL 模式打开了它，这种模式只适用于同一台电脑上的程序：从本机写入可能损坏数据。请先关闭那台电脑上的 Caiji，再重新打开工作区。</translation>
    </message>
</context>
<context>
    <name>caiji::WorkspaceRules</name>
    <message>
        <location filename="../../core/validation/WorkspaceRules.cpp" line="20"/>
        <source>The catalog has no table %1.</source>
        <translation>指标目录中没有表 %1。</translation>
    </message>
    <message>
        <location filename="../../core/validation/WorkspaceRules.cpp" line="23"/>
        <source>The rule needs an &quot;id&quot;.</source>
        <translation>规则需要“id”。</translation>
    </message>
    <message>
        <location filename="../../core/validation/WorkspaceRules.cpp" line="26"/>
        <source>Rule %1: &quot;severity&quot; must be error, warning or info.</source>
        <translation>规则 %1：“severity”必须是 error、warning 或 info。</translation>
    </message>
    <message>
        <location filename="../../core/validation/WorkspaceRules.cpp" line="29"/>
        <source>Rule %1: unknown kind &quot;%2&quot;.</source>
        <translation>规则 %1：未知的类型“%2”。</translation>
    </message>
    <message>
        <location filename="../../core/validation/WorkspaceRules.cpp" line="36"/>
        <source>Rule %1: table %2 has no field &quot;%3&quot;.</source>
        <translation>规则 %1：表 %2 中没有字段“%3”。</translation>
    </message>
    <message>
        <location filename="../../core/validation/WorkspaceRules.cpp" line="53"/>
        <source>Rule %1: the catalog has no table %2.</source>
        <translation>规则 %1：指标目录中没有表 %2。</translation>
    </message>
    <message>
        <location filename="../../core/validation/WorkspaceRules.cpp" line="86"/>
        <source>The workspace has no rule %1.</source>
        <translation>该工作区没有规则 %1。</translation>
    </message>
</context>
<context>
    <name>caiji::WriteGateway</name>
    <message>
        <location filename="../../core/write/WriteGateway.cpp" line="61"/>
        <source>Round %1 is closed: its data no longer changes.</source>
        <translation>%1 年采集轮次已关闭，数据不能再修改。</translation>
    </message>
    <message>
        <location filename="../../core/write/WriteGateway.cpp" line="65"/>
        <source>Round %1 is aggregated for leadership and the Ministry: its data no longer changes unless the office reopens it.</source>
        <translation>%1 年度数据已汇总待审定或上报：除非督导考核办公室重新开启，数据不再变动。</translation>
    </message>
    <message>
        <location filename="../../core/write/WriteGateway.cpp" line="81"/>
        <source>The task %1 of %2 is %3: its data is locked until it is returned for correction.</source>
        <translation>%2的任务“%1”处于“%3”状态，数据已锁定，退回修改后才能更改。</translation>
    </message>
    <message>
        <location filename="../../core/write/WriteGateway.cpp" line="91"/>
        <source>The revision of %1 of %2 ran until %3: its data is locked again. Submit it for confirmation, or ask the supervision office for more time.</source>
        <translation>%2 的 %1 修订期限已于 %3 结束，数据已重新锁定。请提交确认，或向督导考核办公室申请延长。</translation>
    </message>
    <message>
        <location filename="../../core/write/WriteGateway.cpp" line="100"/>
        <source>%1 of %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <location filename="../../core/write/WriteGateway.cpp" line="109"/>
        <source>Only summary tables are computed.</source>
        <translation>只有汇总表由系统计算。</translation>
    </message>
    <message>
        <location filename="../../core/write/WriteGateway.cpp" line="115"/>
        <source>Only the supervision office merges department packages.</source>
        <translation>只有督导办可以合并部门数据包。</translation>
    </message>
    <message>
        <location filename="../../core/write/WriteGateway.cpp" line="153"/>
        <source>The revision of %1 opens only %2: %3 stays as confirmed, and no row is added or deleted.</source>
        <translation>%1 的修订只开放了 %2：%3 保持确认时的值，也不能增删行。</translation>
    </message>
    <message>
        <location filename="../../core/write/WriteGateway.cpp" line="197"/>
        <location filename="../../core/write/WriteGateway.cpp" line="380"/>
        <source>Rows are written from a query only in a workspace file (SQLite).</source>
        <translation>只有工作区文件（SQLite）能按查询批量写入行。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/write/WriteGateway.cpp" line="250"/>
        <source>The change would break %n row(s) of other tables that use the old value: %1. Change them too, or leave the key as it is.</source>
        <translation>
            <numerusform>此修改会使其他表中引用原值的 %n 行数据失效：%1。请一并修改这些行，或保留原编号。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/write/WriteGateway.cpp" line="294"/>
        <source>The rows to be deleted hold keys that %n row(s) of other tables still use: %1. Nothing was changed.</source>
        <translation>
            <numerusform>要删除的行中有其他表 %n 行数据仍在引用的编号：%1。未做任何修改。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/write/WriteGateway.cpp" line="338"/>
        <source>Rows of table %1 changed meanwhile; nothing was changed.</source>
        <translation>表 %1 中的行在此期间已被修改，未做任何修改。</translation>
    </message>
    <message>
        <location filename="../../core/write/WriteGateway.cpp" line="452"/>
        <location filename="../../core/write/WriteGateway.cpp" line="482"/>
        <source>A bulk write needs a unit of work (WriteGateway::Scope).</source>
        <translation>批量写入必须在一个事务单元中进行（WriteGateway::Scope）。</translation>
    </message>
    <message>
        <location filename="../../core/write/WriteGateway.cpp" line="633"/>
        <source>The catalog has no table %1.</source>
        <translation>指标目录中没有表 %1。</translation>
    </message>
    <message>
        <location filename="../../core/write/WriteGateway.cpp" line="641"/>
        <source>%1 is not a task of %2 in round %3.</source>
        <translation>%1 不是 %2 在 %3 年度采集中的任务。</translation>
    </message>
    <message>
        <location filename="../../core/write/WriteGateway.cpp" line="649"/>
        <source>A return needs a reason: say what the department must correct.</source>
        <translation>退回必须填写理由：请说明需要更正的内容。</translation>
    </message>
    <message>
        <location filename="../../core/write/WriteGateway.cpp" line="651"/>
        <source>Unlocking a confirmed task needs a reason: say what is to be revised.</source>
        <translation>解锁已确认的任务须说明理由：请写明需要修订的内容。</translation>
    </message>
    <message>
        <location filename="../../core/write/WriteGateway.cpp" line="668"/>
        <source>%1 of %2 changed state meanwhile; please look again.</source>
        <translation>%2 的 %1 状态刚被他人改变，请刷新后再操作。</translation>
    </message>
    <message>
        <location filename="../../core/write/WriteGateway.cpp" line="681"/>
        <source>Table %1 has no field %2 to comment on.</source>
        <translation>表 %1 没有字段 %2，无法对其提出意见。</translation>
    </message>
</context>
<context>
    <name>caiji::WriterWait</name>
    <message>
        <location filename="../../ui/dialogs/WriterWait.cpp" line="25"/>
        <source>Waiting for another user</source>
        <translation>正在等待其他用户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/WriterWait.cpp" line="31"/>
        <source>Stop waiting</source>
        <translation>停止等待</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/WriterWait.cpp" line="33"/>
        <source>Waiting for %1 to finish…
Your step is taken as soon as it has; nothing is saved if you stop waiting.</source>
        <translation>正在等待 %1 完成…
完成后将立即执行您的操作；停止等待则不保存任何内容。</translation>
    </message>
</context>
<context>
    <name>caiji::XlsProcessReader</name>
    <message>
        <location filename="../../core/io/XlsProcessReader.cpp" line="94"/>
        <source>%1 cannot be read: the helper program caiji-xls did not start (%2).</source>
        <translation>无法读取 %1：辅助程序 caiji-xls 未能启动（%2）。</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsProcessReader.cpp" line="99"/>
        <source>%1 took longer than %2 seconds to read and was given up; it may be damaged.</source>
        <translation>读取 %1 超过 %2 秒，已放弃；文件可能已损坏。</translation>
    </message>
</context>
<context>
    <name>caiji::XlsReader</name>
    <message>
        <location filename="../../core/io/XlsProcessReader.cpp" line="83"/>
        <location filename="../../core/io/XlsReader.cpp" line="30"/>
        <source>Cannot read %1: the file does not exist.</source>
        <translation>无法读取 %1：文件不存在。</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsProcessReader.cpp" line="85"/>
        <location filename="../../core/io/XlsReader.cpp" line="32"/>
        <source>%1 is not a readable Excel 97-2003 workbook (.xls); it may be damaged.</source>
        <translation>%1 不是可读取的 Excel 97-2003 工作簿（.xls），文件可能已损坏。</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsReader.cpp" line="35"/>
        <source>%1 is encrypted (protected with a password); save it without a password and try again.</source>
        <translation>%1 已加密（设有密码），请去掉密码另存后再试。</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsReader.cpp" line="38"/>
        <source>%1 has no sheets.</source>
        <translation>%1 中没有工作表。</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsProcessReader.cpp" line="157"/>
        <location filename="../../core/io/XlsReader.cpp" line="62"/>
        <source>%1 has no sheet number %2.</source>
        <translation>%1 中没有第 %2 个工作表。</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsReader.cpp" line="70"/>
        <source>%1: sheet %2 cannot be read.</source>
        <translation>%1：无法读取工作表 %2。</translation>
    </message>
</context>
<context>
    <name>caiji::XlsxReader</name>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="406"/>
        <source>%1 is not a complete xlsx workbook: the part %2 is missing.</source>
        <translation>%1 不是完整的 xlsx 工作簿：缺少部件 %2。</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="410"/>
        <source>%1 is damaged (part %2 cannot be read).</source>
        <translation>%1 已损坏（无法读取部件 %2）。</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="412"/>
        <source>%1 is encrypted (protected with a password); save it without a password and try again.</source>
        <translation>%1 已加密（设有密码），请去掉密码另存后再试。</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="414"/>
        <source>%1 is too large: part %2 would unpack to %3 MB.</source>
        <translation>%1 太大：部件 %2 解压后将达到 %3 MB。</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="417"/>
        <source>%1 looks like a zip bomb (part %2 is compressed %3 times) and was not opened.</source>
        <translation>%1 疑似压缩炸弹（部件 %2 的压缩比高达 %3 倍），未打开。</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="421"/>
        <source>%1 is damaged (part %2 cannot be opened).</source>
        <translation>%1 已损坏（无法打开部件 %2）。</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="428"/>
        <source>%1 is damaged or truncated (part %2 cannot be unpacked).</source>
        <translation>%1 已损坏或文件不完整（被截断），无法解压部件 %2。</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="433"/>
        <source>%1 is too large: part %2 unpacks to more than %3 MB.</source>
        <translation>%1 太大：部件 %2 解压后超过 %3 MB。</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="440"/>
        <source>%1 is damaged: part %2 is not valid XML at line %3 (%4).</source>
        <translation>%1 已损坏：部件 %2 第 %3 行处不是有效的 XML（%4）。</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="453"/>
        <source>%1 is damaged (part %2 fails its checksum).</source>
        <translation>%1 已损坏（部件 %2 校验和不符）。</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="475"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="479"/>
        <source>%1 is an old Excel 97-2003 file (.xls) or an encrypted workbook, not .xlsx.</source>
        <translation>%1 是旧版 Excel 97-2003 文件（.xls）或已加密的工作簿，不是 .xlsx 文件。</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="481"/>
        <source>%1 is not an Excel .xlsx workbook.</source>
        <translation>%1 不是 Excel .xlsx 工作簿。</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="484"/>
        <source>%1 is damaged or truncated: it cannot be opened as a zip package.</source>
        <translation>%1 已损坏或文件不完整（被截断）：无法作为 zip 压缩包打开。</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="536"/>
        <source>%1 has no sheets.</source>
        <translation>%1 中没有工作表。</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxReader.cpp" line="549"/>
        <source>%1 has no sheet number %2.</source>
        <translation>%1 中没有第 %2 个工作表。</translation>
    </message>
</context>
<context>
    <name>caiji::XlsxWriter</name>
    <message>
        <location filename="../../core/io/XlsxWriter.cpp" line="61"/>
        <source>Cannot create the Excel file %1.</source>
        <translation>无法创建 Excel 文件 %1。</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxWriter.cpp" line="91"/>
        <source>Cannot add the sheet &quot;%1&quot;.</source>
        <translation>无法添加工作表“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxWriter.cpp" line="167"/>
        <source>Could not write the Excel file %1: %2</source>
        <translation>无法写入 Excel 文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>caiji::cli::CatalogCommand</name>
    <message>
        <location filename="../../core/cli/commands/CatalogCommand.cpp" line="62"/>
        <source>catalog needs list, show CODE or check FILE.</source>
        <translation>catalog 命令后须跟 list、show CODE 或 check FILE。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/CatalogCommand.cpp" line="67"/>
        <source>catalog check needs one file.</source>
        <translation>catalog check 必须指定一个文件。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/CatalogCommand.cpp" line="72"/>
        <source>Catalog %1 is valid: %2 tables, %3 code lists.</source>
        <translation>指标目录 %1 有效：共 %2 张表、%3 个代码表。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cli/commands/CatalogCommand.cpp" line="81"/>
        <source>%n rule(s) cannot run and are only shown:</source>
        <translation>
            <numerusform>%n 条规则无法执行，仅作说明显示：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/CatalogCommand.cpp" line="114"/>
        <source>catalog show needs one table code.</source>
        <translation>catalog show 必须指定一个表号。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/CatalogCommand.cpp" line="117"/>
        <source>The catalog has no table &quot;%1&quot;.</source>
        <translation>指标目录中没有表“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/CatalogCommand.cpp" line="131"/>
        <source>Rules:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/CatalogCommand.cpp" line="141"/>
        <source> (shown only, not checked)</source>
        <translation>（仅作说明，不检查）</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/CatalogCommand.cpp" line="148"/>
        <source>Unknown catalog command &quot;%1&quot;.</source>
        <translation>未知的 catalog 子命令“%1”。</translation>
    </message>
</context>
<context>
    <name>caiji::cli::ConflictsCommand</name>
    <message>
        <location filename="../../core/cli/commands/ConflictsCommand.cpp" line="17"/>
        <source>conflicts needs a workspace.</source>
        <translation>conflicts 需要指定工作区。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/ConflictsCommand.cpp" line="19"/>
        <source>resolve needs a workspace and the conflict&apos;s number.</source>
        <translation>resolve 需要指定工作区和冲突编号。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/ConflictsCommand.cpp" line="23"/>
        <source>resolve needs the conflict&apos;s number (caiji-cli conflicts lists them).</source>
        <translation>resolve 需要冲突编号（caiji-cli conflicts 列出全部冲突）。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/ConflictsCommand.cpp" line="36"/>
        <source>resolve needs one of --master, --package, --base or --value TEXT.</source>
        <translation>resolve 需要 --master、--package、--base 或 --value TEXT 之一。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/ConflictsCommand.cpp" line="48"/>
        <source>Conflict %1 decided (%2). Merge the package again to commit it.</source>
        <translation>冲突 %1 已裁决（%2）。再次合并该数据包即可提交。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/ConflictsCommand.cpp" line="77"/>
        <source>#%1 %2 %3 %4 %5 [%6]: base &quot;%7&quot;, master &quot;%8&quot; (%9), package &quot;%10&quot; (%11)%12</source>
        <translation>#%1 %2 %3 %4 %5 [%6]：基准“%7”，主库“%8”（%9），数据包“%10”（%11）%12</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/ConflictsCommand.cpp" line="80"/>
        <source>whole row</source>
        <translation>整行</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/ConflictsCommand.cpp" line="83"/>
        <source> → %1 %2</source>
        <translation> → %1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cli/commands/ConflictsCommand.cpp" line="86"/>
        <source>%n conflict(s) open.</source>
        <translation>
            <numerusform>%n 个冲突待裁决。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caiji::cli::DemoCommand</name>
    <message>
        <location filename="../../core/cli/commands/DemoCommand.cpp" line="20"/>
        <source>demo needs exactly one workspace.</source>
        <translation>demo 命令必须指定且只能指定一个工作区。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/DemoCommand.cpp" line="24"/>
        <source>--scale must be small or large, not &quot;%1&quot;.</source>
        <translation>--scale 只能是 small 或 large，不能是“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/DemoCommand.cpp" line="49"/>
        <source>Building the demo college failed: %1</source>
        <translation>生成示例院校失败：%1</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/DemoCommand.cpp" line="56"/>
        <location filename="../../core/cli/commands/DemoCommand.cpp" line="59"/>
        <source>Setting up the server&apos;s roles failed: %1</source>
        <translation>设置服务器角色失败：%1</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/DemoCommand.cpp" line="74"/>
        <source>Demo college written to %1: %2 rows in %3 s.</source>
        <translation>示例院校数据已写入 %1：共 %2 行，用时 %3 秒。</translation>
    </message>
</context>
<context>
    <name>caiji::cli::DivisionCommand</name>
    <message>
        <location filename="../../core/cli/commands/DivisionCommand.cpp" line="19"/>
        <source>division needs show, export, import or set.</source>
        <translation>division 需要指定 show、export、import 或 set。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/DivisionCommand.cpp" line="23"/>
        <source>division %1 needs a workspace and a workbook.</source>
        <translation>division %1 需要指定工作区和工作簿。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/DivisionCommand.cpp" line="28"/>
        <source>Unknown division command &quot;%1&quot;.</source>
        <translation>未知的 division 子命令“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/DivisionCommand.cpp" line="30"/>
        <source>division %1 needs a workspace.</source>
        <translation>division %1 需要指定工作区。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/DivisionCommand.cpp" line="33"/>
        <source>division set needs --table CODE and --lead NAME.</source>
        <translation>division set 需要 --table CODE 和 --lead NAME。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cli/commands/DivisionCommand.cpp" line="71"/>
        <source>Division of %n table(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 张表的分工写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/DivisionCommand.cpp" line="85"/>
        <source>The catalog has no table %1.</source>
        <translation>指标目录中没有表 %1。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/DivisionCommand.cpp" line="89"/>
        <source>--lead: %1</source>
        <translation>--lead：%1</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/DivisionCommand.cpp" line="89"/>
        <source>name exactly one department</source>
        <translation>须填写且只填写一个部门</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/DivisionCommand.cpp" line="92"/>
        <source>--fill: %1</source>
        <translation>--fill：%1</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/DivisionCommand.cpp" line="96"/>
        <source>--review: %1</source>
        <translation>--review：%1</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/DivisionCommand.cpp" line="96"/>
        <source>name one department</source>
        <translation>只能填写一个部门</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/DivisionCommand.cpp" line="109"/>
        <source>Nothing changed.</source>
        <translation>没有变化。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cli/commands/DivisionCommand.cpp" line="111"/>
        <source>Division changed for %n table(s): %1</source>
        <translation>
            <numerusform>已调整 %n 张表的分工：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caiji::cli::ExportCommand</name>
    <message>
        <location filename="../../core/cli/commands/ExportCommand.cpp" line="25"/>
        <source>export needs a workspace, one of --table CODE, --national, --all or --department NAME, and an output file.</source>
        <translation>export 命令需要指定工作区、--table CODE、--national、--all 或 --department NAME 之一，以及输出文件。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/ExportCommand.cpp" line="44"/>
        <source>The workspace has no department &quot;%1&quot;.</source>
        <translation>该工作区没有部门“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/ExportCommand.cpp" line="66"/>
        <source>A workbook of several tables is an .xlsx file.</source>
        <translation>包含多张数据表的工作簿只能导出为 .xlsx 文件。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/ExportCommand.cpp" line="78"/>
        <source>Round %1 still has %2 errors; fix them (caiji-cli validate) or export with --force.</source>
        <translation>%1 年采集轮次仍有 %2 个错误；请先修正（可用 caiji-cli validate 检查），或使用 --force 强制导出。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/ExportCommand.cpp" line="117"/>
        <source>Exported %1 rows to %2.</source>
        <translation>已将 %1 行导出到 %2。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/ExportCommand.cpp" line="120"/>
        <source>  %1: %2 rows</source>
        <translation>  %1：%2 行</translation>
    </message>
</context>
<context>
    <name>caiji::cli::ImportCommand</name>
    <message>
        <location filename="../../core/cli/commands/ImportCommand.cpp" line="19"/>
        <source>import needs a workspace, --table CODE and a file.</source>
        <translation>import 命令需要指定工作区、--table CODE 和要导入的文件。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/ImportCommand.cpp" line="29"/>
        <source>The catalog has no table &quot;%1&quot;.</source>
        <translation>指标目录中没有表“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/ImportCommand.cpp" line="41"/>
        <source>--mode must be replace, append or update, not &quot;%1&quot;.</source>
        <translation>--mode 必须是 replace（替换）、append（追加）或 update（按关键字段更新），不能是“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/ImportCommand.cpp" line="50"/>
        <source>The workspace has no department &quot;%1&quot;.</source>
        <translation>该工作区没有部门“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/ImportCommand.cpp" line="59"/>
        <source>The file has no sheet &quot;%1&quot;.</source>
        <translation>文件中没有名为“%1”的工作表。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/ImportCommand.cpp" line="97"/>
        <source>Dry run, nothing written: </source>
        <translation>试运行，未写入任何数据： </translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/ImportCommand.cpp" line="98"/>
        <source>%1 new, %2 changed, %3 unchanged, %4 removed, %5 rejected rows.</source>
        <translation>新增 %1 行，修改 %2 行，未变 %3 行，删除 %4 行，未导入 %5 行。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/ImportCommand.cpp" line="106"/>
        <source>  row %1, %2 &quot;%3&quot;: %4</source>
        <translation>  第 %1 行，%2“%3”：%4</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/ImportCommand.cpp" line="110"/>
        <source>  removed: %1</source>
        <translation>  删除：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cli/commands/ImportCommand.cpp" line="111"/>
        <source>  kept, used by %n row(s) of other tables (--remove-referenced removes it): %1</source>
        <translation>
            <numerusform>  保留（其他表有 %n 行引用，加 --remove-referenced 可删除）：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/ImportCommand.cpp" line="117"/>
        <source>  new: %1</source>
        <translation>  新增：%1</translation>
    </message>
</context>
<context>
    <name>caiji::cli::InitCommand</name>
    <message>
        <location filename="../../core/cli/commands/InitCommand.cpp" line="15"/>
        <source>init needs exactly one workspace.</source>
        <translation>init 命令必须指定且只能指定一个工作区。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/InitCommand.cpp" line="35"/>
        <source>Created workspace %1 with catalog %2 (%3 tables).</source>
        <translation>已创建工作区 %1，指标目录为 %2（共 %3 张表）。</translation>
    </message>
</context>
<context>
    <name>caiji::cli::LetterCommand</name>
    <message>
        <location filename="../../core/cli/commands/LetterCommand.cpp" line="26"/>
        <source>letter needs a workspace and the PDF to write.</source>
        <translation>letter 需要指定工作区和要写入的 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/LetterCommand.cpp" line="22"/>
        <source>letter --list needs a workspace.</source>
        <translation>letter --list 需要指定工作区。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/LetterCommand.cpp" line="24"/>
        <source>letter --scan FILE needs --number, the letter&apos;s number.</source>
        <translation>letter --scan FILE 需要用 --number 指定确认书编号。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/LetterCommand.cpp" line="26"/>
        <source>letter --scan needs a workspace.</source>
        <translation>letter --scan 需要指定工作区。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/LetterCommand.cpp" line="28"/>
        <source>letter needs --department NAME (or --number of a letter printed before).</source>
        <translation>letter 需要 --department NAME（或用 --number 指定已打印过的确认书）。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/LetterCommand.cpp" line="52"/>
        <source>The workspace has no department &quot;%1&quot;.</source>
        <translation>工作区中没有部门“%1”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cli/commands/LetterCommand.cpp" line="60"/>
        <source>Draft of letter %1 (%2): %n table(s), written to %3.</source>
        <translation>
            <numerusform>确认书 %1（%2）草稿：%n 张表，已写入 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cli/commands/LetterCommand.cpp" line="61"/>
        <source>Void letter %1 (%2): %n table(s), written to %3.</source>
        <translation>
            <numerusform>已作废的确认书 %1（%2）：%n 张表，已写入 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cli/commands/LetterCommand.cpp" line="62"/>
        <source>Letter %1 (%2): %n table(s), written to %3.</source>
        <translation>
            <numerusform>确认书 %1（%2）：%n 张表，已写入 %3。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/LetterCommand.cpp" line="101"/>
        <source>The signed scan %1 is attached to letter %2: it is signed and returned.</source>
        <translation>签字扫描件 %1 已附于确认书 %2：该确认书已签回。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/LetterCommand.cpp" line="105"/>
        <source>Note: no QR code was found in the scan (%1).</source>
        <translation>提示：扫描件中没有找到二维码（%1）。</translation>
    </message>
</context>
<context>
    <name>caiji::cli::MergeCommand</name>
    <message>
        <location filename="../../core/cli/commands/PackageCommand.cpp" line="75"/>
        <source>merge needs a workspace and one or more packages.</source>
        <translation>merge 需要指定工作区和一个或多个数据包。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/PackageCommand.cpp" line="92"/>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/PackageCommand.cpp" line="97"/>
        <source>Seal password of the office: </source>
        <translation>督导办封存密码：</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/PackageCommand.cpp" line="100"/>
        <source>%1 is sealed: set CAIJI_SEAL_PASSWORD or run caiji-cli on a terminal.</source>
        <translation>%1 已加密：请设置 CAIJI_SEAL_PASSWORD 或在终端中运行 caiji-cli。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/PackageCommand.cpp" line="118"/>
        <source>%1: merged; %2 row(s) added, %3 cell(s) changed, %4 row(s) deleted, %5 restored.</source>
        <translation>%1：已合并；新增 %2 行，修改 %3 个单元格，删除 %4 行，恢复 %5 行。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cli/commands/PackageCommand.cpp" line="126"/>
        <source>%1: staged, %n conflict(s) to decide (caiji-cli conflicts, caiji-cli resolve); the master is unchanged.</source>
        <translation>
            <numerusform>%1：已暂存，%n 个冲突待裁决（caiji-cli conflicts、caiji-cli resolve）；主库未改动。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cli/commands/PackageCommand.cpp" line="132"/>
        <source>  %n confirmation letter(s) printed in the package joined the registry.</source>
        <translation>
            <numerusform>  数据包中打印的 %n 份确认书已登记。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/PackageCommand.cpp" line="136"/>
        <source>  Void now, their data changed by the merge: %1.</source>
        <translation>  以下确认书因合并改动了其数据而作废：%1。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/PackageCommand.cpp" line="140"/>
        <source>  The office kept no base for this package: every difference is a conflict.</source>
        <translation>  督导办没有保存该数据包的基准：所有差异都作为冲突处理。</translation>
    </message>
</context>
<context>
    <name>caiji::cli::PackageCommand</name>
    <message>
        <location filename="../../core/cli/commands/PackageCommand.cpp" line="22"/>
        <source>package needs export or return, a workspace (return: the package) and the file to write.</source>
        <translation>package 需要 export 或 return、工作区（return 时为数据包）和要写入的文件。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/PackageCommand.cpp" line="25"/>
        <source>package export needs --department NAME.</source>
        <translation>package export 需要 --department NAME。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/PackageCommand.cpp" line="37"/>
        <source>The package is sealed for the supervision office in %1: send that file back.</source>
        <translation>数据包已加密封存到 %1：请把该文件交回督导办。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/PackageCommand.cpp" line="38"/>
        <source>The package is in %1: send that file back to the supervision office.</source>
        <translation>数据包已保存到 %1：请把该文件交回督导办。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/PackageCommand.cpp" line="46"/>
        <source>Seal password of the office: </source>
        <translation>督导办封存密码：</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/PackageCommand.cpp" line="48"/>
        <source>No seal password: set CAIJI_SEAL_PASSWORD or run caiji-cli on a terminal.</source>
        <translation>没有封存密码：请设置 CAIJI_SEAL_PASSWORD 或在终端中运行 caiji-cli。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cli/commands/PackageCommand.cpp" line="59"/>
        <source>Package %1 for %2 (round %3): %n table(s), %4 row(s), written to %5 in %6 s.</source>
        <translation>
            <numerusform>已为%2签发 %3 年数据包 %1：%n 张表，%4 行，写入 %5，用时 %6 秒。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/PackageCommand.cpp" line="68"/>
        <source>It goes back sealed: only this workspace&apos;s office opens the returned file.</source>
        <translation>交回时加密：只有本工作区的督导办能打开交回的文件。</translation>
    </message>
</context>
<context>
    <name>caiji::cli::PrintCommand</name>
    <message>
        <location filename="../../core/cli/commands/PrintCommand.cpp" line="19"/>
        <source>print needs a workspace, one of --table CODE, --notice or --findings, and the PDF to write.</source>
        <translation>print 需要指定工作区、--table CODE、--notice 或 --findings 三者之一，以及要写入的 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/PrintCommand.cpp" line="21"/>
        <source>print --notice needs --department NAME.</source>
        <translation>print --notice 需要 --department NAME。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/PrintCommand.cpp" line="32"/>
        <source>The workspace has no department &quot;%1&quot;.</source>
        <translation>工作区中没有部门“%1”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cli/commands/PrintCommand.cpp" line="41"/>
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1：%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cli/commands/PrintCommand.cpp" line="51"/>
        <source>%1: %n finding(s)</source>
        <translation>
            <numerusform>%1：%n 条问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cli/commands/PrintCommand.cpp" line="56"/>
        <source>%1, %n page(s), written to %2.</source>
        <translation>
            <numerusform>%1，共 %n 页，已写入 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caiji::cli::RoundCommand</name>
    <message>
        <location filename="../../core/cli/commands/RoundCommand.cpp" line="14"/>
        <source>round needs open, close, reopen or schedule and a workspace.</source>
        <translation>round 需要指定 open、close、reopen 或 schedule 和一个工作区。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/RoundCommand.cpp" line="19"/>
        <source>Unknown round command &quot;%1&quot;: use open, close, reopen or schedule.</source>
        <translation>未知的 round 命令“%1”：请使用 open、close、reopen 或 schedule。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/RoundCommand.cpp" line="21"/>
        <source>round %1 needs --year YEAR.</source>
        <translation>round %1 需要 --year YEAR。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cli/commands/RoundCommand.cpp" line="35"/>
        <source>Round %1 opened; %n row(s) carried from last year.</source>
        <translation>
            <numerusform>采集轮次 %1 已开启；沿用上年数据 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/RoundCommand.cpp" line="42"/>
        <source>Round %1 closed: its data no longer changes.</source>
        <translation>采集轮次 %1 已关闭：其数据不再变动。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/RoundCommand.cpp" line="48"/>
        <source>Round %1 reopened.</source>
        <translation>采集轮次 %1 已重新开启。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/RoundCommand.cpp" line="54"/>
        <source>round schedule needs --opens YYYY-MM-DD and --due YYYY-MM-DD.</source>
        <translation>round schedule 需要 --opens YYYY-MM-DD 和 --due YYYY-MM-DD。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/RoundCommand.cpp" line="58"/>
        <source>Round %1 scheduled: collection opens %2, tasks due %3.</source>
        <translation>采集轮次 %1 已安排：%2 开始采集，%3 截止。</translation>
    </message>
</context>
<context>
    <name>caiji::cli::RulesCommand</name>
    <message>
        <location filename="../../core/cli/commands/RulesCommand.cpp" line="17"/>
        <source>rules needs list, add or remove and a workspace.</source>
        <translation>rules 命令需要 list、add 或 remove 以及一个工作区。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/RulesCommand.cpp" line="44"/>
        <source>rules add needs a workspace, --table CODE and a rule file.</source>
        <translation>rules add 需要一个工作区、--table CODE 和一个规则文件。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/RulesCommand.cpp" line="47"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/RulesCommand.cpp" line="51"/>
        <source>%1 is not a JSON rule object: %2</source>
        <translation>%1 不是 JSON 格式的规则对象：%2</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/RulesCommand.cpp" line="54"/>
        <source>Rule %1 added to table %2.</source>
        <translation>规则 %1 已添加到表 %2。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/RulesCommand.cpp" line="61"/>
        <source>rules remove needs a workspace and a rule id.</source>
        <translation>rules remove 需要一个工作区和一个规则编号。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/RulesCommand.cpp" line="66"/>
        <source>Unknown rules command &quot;%1&quot;.</source>
        <translation>未知的 rules 命令“%1”。</translation>
    </message>
</context>
<context>
    <name>caiji::cli::StatusCommand</name>
    <message>
        <location filename="../../core/cli/commands/StatusCommand.cpp" line="22"/>
        <source>status needs exactly one workspace.</source>
        <translation>status 命令必须指定且只能指定一个工作区。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/StatusCommand.cpp" line="82"/>
        <source>overdue since %1</source>
        <translation>已逾期（截止 %1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cli/commands/StatusCommand.cpp" line="83"/>
        <source>due %1 (%n working day(s) left)</source>
        <translation>
            <numerusform>截止 %1（还剩 %n 个工作日）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cli/commands/StatusCommand.cpp" line="88"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caiji::cli::TaskCommand</name>
    <message>
        <location filename="../../core/cli/commands/TaskCommand.cpp" line="20"/>
        <source>task needs an action (submit, confirm, review, accept, return, unlock, request-unlock, extend or deadline) and a workspace.</source>
        <translation>task 需要指定操作（submit、confirm、review、accept、return、unlock、request-unlock、extend 或 deadline）和一个工作区。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/TaskCommand.cpp" line="26"/>
        <source>task %1 needs --table CODE and --until YYYY-MM-DD.</source>
        <translation>task %1 需要 --table CODE 和 --until YYYY-MM-DD。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/TaskCommand.cpp" line="30"/>
        <source>Unknown task action &quot;%1&quot;: use submit, confirm, review, accept, return, unlock or request-unlock.</source>
        <translation>未知的任务操作“%1”：请使用 submit、confirm、review、accept、return、unlock 或 request-unlock。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/TaskCommand.cpp" line="33"/>
        <source>task %1 needs --table CODE.</source>
        <translation>task %1 需要 --table CODE。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/TaskCommand.cpp" line="44"/>
        <source>The catalog has no table %1.</source>
        <translation>指标目录中没有表 %1。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/TaskCommand.cpp" line="51"/>
        <source>The workspace has no department &quot;%1&quot;.</source>
        <translation>工作区中没有部门“%1”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cli/commands/TaskCommand.cpp" line="66"/>
        <source>Table %1 is filled by %n department(s): name one with --department.</source>
        <translation>
            <numerusform>表 %1 由 %n 个部门填报：请用 --department 指定其中一个。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/TaskCommand.cpp" line="72"/>
        <source>Name the department with --department.</source>
        <translation>请用 --department 指定部门。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/TaskCommand.cpp" line="78"/>
        <source>--until needs a date as YYYY-MM-DD.</source>
        <translation>--until 须为 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/TaskCommand.cpp" line="84"/>
        <source>%1 of %2 may be filled until %3.</source>
        <translation>%2 的 %1 可填报至 %3。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/TaskCommand.cpp" line="84"/>
        <source>%1 of %2 is due on %3.</source>
        <translation>%2 的 %1 截止日期为 %3。</translation>
    </message>
</context>
<context>
    <name>caiji::cli::TemplateCommand</name>
    <message>
        <location filename="../../core/cli/commands/TemplateCommand.cpp" line="12"/>
        <source>template needs export, import or reset.</source>
        <translation>template 需要指定 export、import 或 reset。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/TemplateCommand.cpp" line="16"/>
        <source>Unknown template command &quot;%1&quot;.</source>
        <translation>未知的 template 子命令“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/TemplateCommand.cpp" line="19"/>
        <source>template %1 needs a workspace, a kind (%2) and a file.</source>
        <translation>template %1 需要指定工作区、模板种类（%2）和文件。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/TemplateCommand.cpp" line="21"/>
        <source>template reset needs a workspace and a kind (%1).</source>
        <translation>template reset 需要指定工作区和模板种类（%1）。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/TemplateCommand.cpp" line="26"/>
        <source>Unknown template &quot;%1&quot;: the printouts with templates are: %2.</source>
        <translation>未知的模板“%1”：有模板的文书为 %2。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/TemplateCommand.cpp" line="41"/>
        <source>Template %1 written to %2.</source>
        <translation>模板 %1 已写入 %2。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/TemplateCommand.cpp" line="47"/>
        <source>Template %1 is the shipped one again.</source>
        <translation>模板 %1 已恢复为内置模板。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/TemplateCommand.cpp" line="52"/>
        <source>Template %1 taken from %2; the %3 prints with it from now on.</source>
        <translation>已从 %2 导入模板 %1，此后%3按此模板打印。</translation>
    </message>
</context>
<context>
    <name>caiji::cli::UserCommand</name>
    <message>
        <location filename="../../core/cli/commands/UserCommand.cpp" line="16"/>
        <source>user needs list, add, disable, enable, reset-password or passwd.</source>
        <translation>user 需要指定 list、add、disable、enable、reset-password 或 passwd。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/UserCommand.cpp" line="20"/>
        <source>user %1 needs a workspace and an account.</source>
        <translation>user %1 需要指定工作区和账户。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/UserCommand.cpp" line="25"/>
        <source>Unknown user command &quot;%1&quot;.</source>
        <translation>未知的 user 命令“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/UserCommand.cpp" line="27"/>
        <source>user %1 needs a workspace.</source>
        <translation>user %1 需要指定工作区。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/UserCommand.cpp" line="41"/>
        <source>Unknown role &quot;%1&quot;: collector, head, reviewer, supervisor or leader.</source>
        <translation>未知角色“%1”：可用 collector、head、reviewer、supervisor 或 leader。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/UserCommand.cpp" line="45"/>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/UserCommand.cpp" line="47"/>
        <source>No password: set CAIJI_NEW_PASSWORD or run caiji-cli on a terminal.</source>
        <translation>没有密码：请设置 CAIJI_NEW_PASSWORD，或在终端中运行 caiji-cli。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/UserCommand.cpp" line="51"/>
        <source>Account %1 (%2) created.</source>
        <translation>已创建账号 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/UserCommand.cpp" line="73"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/UserCommand.cpp" line="74"/>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/UserCommand.cpp" line="75"/>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/UserCommand.cpp" line="86"/>
        <source>Account %1 enabled.</source>
        <translation>账户 %1 已启用。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/UserCommand.cpp" line="86"/>
        <source>Account %1 disabled.</source>
        <translation>账户 %1 已停用。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/UserCommand.cpp" line="91"/>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/UserCommand.cpp" line="94"/>
        <source>No new password: set CAIJI_NEW_PASSWORD or run caiji-cli on a terminal.</source>
        <translation>没有新密码：请设置 CAIJI_NEW_PASSWORD 或在终端中运行 caiji-cli。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/UserCommand.cpp" line="98"/>
        <source>The password of %1 is reset.</source>
        <translation>%1 的密码已重置。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/UserCommand.cpp" line="102"/>
        <source>passwd changes the password of the account signed in with --user.</source>
        <translation>passwd 修改以 --user 登录的账户的密码。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/UserCommand.cpp" line="105"/>
        <source>Your password is changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
</context>
<context>
    <name>caiji::cli::ValidateCommand</name>
    <message>
        <location filename="../../core/cli/commands/ValidateCommand.cpp" line="21"/>
        <source>validate needs exactly one workspace.</source>
        <translation>validate 命令必须指定且只能指定一个工作区。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/ValidateCommand.cpp" line="32"/>
        <source>The workspace has no department &quot;%1&quot;.</source>
        <translation>该工作区没有部门“%1”。</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/ValidateCommand.cpp" line="69"/>
        <source>[%1] %2 %3: %4</source>
        <translation>[%1] %2 %3：%4</translation>
    </message>
    <message>
        <location filename="../../core/cli/commands/ValidateCommand.cpp" line="72"/>
        <source>%1 errors, %2 warnings.</source>
        <translation>%1 个错误，%2 个警告。</translation>
    </message>
</context>
<context>
    <name>caiji::cli::VerifyCommand</name>
    <message>
        <location filename="../../core/cli/commands/VerifyCommand.cpp" line="11"/>
        <source>verify needs a workspace and a verification code, or a scan or photo of the letter.</source>
        <translation>verify 需要指定工作区和校验码，或确认书的扫描件、照片。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="21"/>
        <source>Caiji status data collection workbench</source>
        <translation>状态数据采集工作台</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="25"/>
        <source>Workspace file or postgresql:// address</source>
        <translation>工作区文件或 postgresql:// 地址</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="27"/>
        <source>Table to show first</source>
        <translation>启动时首先显示的表</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="29"/>
        <source>Account to sign in with</source>
        <translation>登录使用的账号</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="31"/>
        <source>Password of that account (else asked)</source>
        <translation>该账号的密码（未指定时将提示输入）</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="33"/>
        <source>Save a picture of the window and quit</source>
        <translation>保存窗口截图后退出</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="46"/>
        <source>Caiji</source>
        <translation>采集工作台</translation>
    </message>
</context>
</TS>

#include "CatalogJson.h"

#include "../util/OpenWorkspaceFiles.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace caiji {

namespace {

const QString kFormat = QStringLiteral("caiji-catalog/1");

// Collects the context (file, table, field) so that every message names the place.
class Checker
{
public:
    explicit Checker(QString source)
        : m_source(std::move(source))
    {
    }

    void enterTable(const QString& code, const QString& name)
    {
        m_table = name.isEmpty() ? code : QStringLiteral("%1 %2").arg(code, name);
        m_field.clear();
    }
    void enterField(const QString& key) { m_field = key; }
    void leaveField() { m_field.clear(); }
    void leaveTable()
    {
        m_table.clear();
        m_field.clear();
    }

    bool fail(const QString& what)
    {
        QString where = CatalogJson::tr("Catalog file %1").arg(m_source);
        if (!m_table.isEmpty())
            where += CatalogJson::tr(", table %1").arg(m_table);
        if (!m_field.isEmpty())
            where += CatalogJson::tr(", field %1").arg(m_field);
        m_error = where + CatalogJson::tr(": ") + what;
        return false;
    }

    QString error() const { return m_error; }

private:
    QString m_source;
    QString m_table;
    QString m_field;
    QString m_error;
};

bool requireString(const QJsonObject& o, const char* key, QString* out, Checker& c)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return c.fail(CatalogJson::tr("\"%1\" is missing or not a non-empty string").arg(QLatin1String(key)));
    *out = v.toString().trimmed();
    return true;
}

bool optionalNumber(const QJsonObject& o, const char* key, std::optional<double>* out, Checker& c)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isDouble())
        return c.fail(CatalogJson::tr("\"%1\" must be a number").arg(QLatin1String(key)));
    *out = v.toDouble();
    return true;
}

bool parseKind(const QString& s, TableKind* k)
{
    for (TableKind t : {TableKind::Source, TableKind::Detail, TableKind::Single, TableKind::Summary}) {
        if (tableKindToString(t) == s) {
            *k = t;
            return true;
        }
    }
    return false;
}

bool parsePeriod(const QString& s, Period* p)
{
    for (Period t : {Period::AcademicYear, Period::CalendarYear, Period::PointInTime}) {
        if (periodToString(t) == s) {
            *p = t;
            return true;
        }
    }
    return false;
}

bool parseField(const QJsonValue& value, Field* f, Checker& c)
{
    if (!value.isObject())
        return c.fail(CatalogJson::tr("a field entry is not an object"));
    const QJsonObject o = value.toObject();
    static const QRegularExpression keyRe(QStringLiteral("^[a-z][a-z0-9_]{0,29}$"));
    const QString rawKey = o.value(QLatin1String("key")).toString();
    c.enterField(rawKey.isEmpty() ? CatalogJson::tr("(without key)") : rawKey);
    if (!requireString(o, "key", &f->key, c))
        return false;
    if (!keyRe.match(f->key).hasMatch())
        return c.fail(CatalogJson::tr("the key must be lower-case ASCII letters, digits and _ (at most 30), "
                                      "starting with a letter"));
    if (!requireString(o, "name", &f->name, c))
        return false;
    c.enterField(QStringLiteral("%1（%2）").arg(f->key, f->name));
    QString type;
    if (!requireString(o, "type", &type, c))
        return false;
    if (!fieldTypeFromString(type, &f->type))
        return c.fail(CatalogJson::tr("unknown type \"%1\"").arg(type));
    f->required = o.value(QLatin1String("required")).toBool(false);
    const QJsonValue maxLen = o.value(QLatin1String("maxLength"));
    if (!maxLen.isUndefined()) {
        if (!maxLen.isDouble() || maxLen.toInt() <= 0)
            return c.fail(CatalogJson::tr("\"maxLength\" must be a positive whole number"));
        f->maxLength = maxLen.toInt();
    }
    if (!optionalNumber(o, "min", &f->min, c) || !optionalNumber(o, "max", &f->max, c))
        return false;
    if (f->min && f->max && *f->min > *f->max)
        return c.fail(CatalogJson::tr("\"min\" is larger than \"max\""));
    const QJsonValue dec = o.value(QLatin1String("decimals"));
    if (!dec.isUndefined()) {
        if (!dec.isDouble() || dec.toInt() < 0 || dec.toInt() > 6)
            return c.fail(CatalogJson::tr("\"decimals\" must be a whole number from 0 to 6"));
        f->decimals = dec.toInt();
    }
    f->pattern = o.value(QLatin1String("pattern")).toString();
    if (!f->pattern.isEmpty()) {
        const QRegularExpression re(f->pattern);
        if (!re.isValid())
            return c.fail(CatalogJson::tr("the pattern is not a valid regular expression: %1").arg(re.errorString()));
        // People are never shown a regular expression: the catalog says what it asks in words.
        f->format = o.value(QLatin1String("format")).toString();
        if (f->format.trimmed().isEmpty())
            return c.fail(CatalogJson::tr("a \"pattern\" needs a \"format\" saying in words what it asks for "
                                          "(such as 6 位数字)"));
    }
    f->unit = o.value(QLatin1String("unit")).toString();
    f->help = o.value(QLatin1String("help")).toString();
    f->formula = o.value(QLatin1String("formula")).toString();
    f->group = o.value(QLatin1String("group")).toString();
    f->codeList = o.value(QLatin1String("codeList")).toString();
    if (f->type == FieldType::Code && f->codeList.isEmpty())
        return c.fail(CatalogJson::tr("a code field needs \"codeList\""));
    const QString ref = o.value(QLatin1String("ref")).toString();
    if (f->type == FieldType::Reference) {
        const int dot = ref.lastIndexOf(QLatin1Char('.'));
        if (dot <= 0 || dot == ref.size() - 1)
            return c.fail(
                CatalogJson::tr("a reference field needs \"ref\" in the form TABLE.FIELD, not \"%1\"").arg(ref));
        f->refTable = ref.left(dot);
        f->refField = ref.mid(dot + 1);
    }
    return true;
}

bool parseTable(const QJsonValue& value, Table* t, Checker& c)
{
    if (!value.isObject())
        return c.fail(CatalogJson::tr("a table entry is not an object"));
    const QJsonObject o = value.toObject();
    c.enterTable(
        o.value(QLatin1String("code")).toString(QStringLiteral("?")), o.value(QLatin1String("name")).toString());
    if (!requireString(o, "code", &t->code, c) || !requireString(o, "name", &t->name, c)
        || !requireString(o, "category", &t->category, c))
        return false;
    QString kind;
    QString period;
    if (!requireString(o, "kind", &kind, c))
        return false;
    if (!parseKind(kind, &t->kind))
        return c.fail(CatalogJson::tr("unknown kind \"%1\" (source, detail, single or summary)").arg(kind));
    if (!requireString(o, "period", &period, c))
        return false;
    if (!parsePeriod(period, &t->period))
        return c.fail(
            CatalogJson::tr("unknown period \"%1\" (academic-year, calendar-year or point-in-time)").arg(period));
    if (!requireString(o, "department", &t->department, c))
        return false;
    if (!Catalog::departmentNames().contains(t->department))
        return c.fail(CatalogJson::tr("unknown department \"%1\"").arg(t->department));
    for (const QJsonValue& d : o.value(QLatin1String("alsoDepartments")).toArray()) {
        if (!Catalog::departmentNames().contains(d.toString()))
            return c.fail(CatalogJson::tr("unknown department \"%1\" in alsoDepartments").arg(d.toString()));
        t->alsoDepartments.append(d.toString());
    }
    t->addition = o.value(QLatin1String("addition")).toBool(false);
    t->help = o.value(QLatin1String("help")).toString();
    const QJsonValue nat = o.value(QLatin1String("national"));
    if (nat.isObject()) {
        NationalSheet ns;
        ns.sheet = nat.toObject().value(QLatin1String("sheet")).toString();
        ns.order = nat.toObject().value(QLatin1String("order")).toInt();
        if (ns.sheet.isEmpty() || ns.order <= 0)
            return c.fail(CatalogJson::tr("\"national\" needs a sheet name and a positive order"));
        t->national = ns;
    }
    const QJsonValue fields = o.value(QLatin1String("fields"));
    if (!fields.isArray() || fields.toArray().isEmpty())
        return c.fail(CatalogJson::tr("the table has no fields"));
    QSet<QString> seen;
    for (const QJsonValue& fv : fields.toArray()) {
        Field f;
        if (!parseField(fv, &f, c))
            return false;
        if (seen.contains(f.key))
            return c.fail(CatalogJson::tr("the key is used twice in this table"));
        seen.insert(f.key);
        t->fields.append(f);
        c.leaveField();
    }
    for (const QJsonValue& k : o.value(QLatin1String("keys")).toArray()) {
        if (!seen.contains(k.toString()))
            return c.fail(CatalogJson::tr("key field \"%1\" is not a field of the table").arg(k.toString()));
        t->keys.append(k.toString());
    }
    t->rules = o.value(QLatin1String("rules")).toArray();
    return true;
}

// Checks what can only be checked once everything is read: references between tables,
// code lists, categories.
bool crossCheck(const Catalog& cat, Checker& c)
{
    for (const Table& t : cat.tables) {
        c.enterTable(t.code, t.name);
        if (!cat.category(t.category))
            return c.fail(CatalogJson::tr("unknown category \"%1\"").arg(t.category));
        for (const Field& f : t.fields) {
            c.enterField(QStringLiteral("%1（%2）").arg(f.key, f.name));
            if (f.type == FieldType::Code && !cat.codeList(f.codeList))
                return c.fail(CatalogJson::tr("code list \"%1\" does not exist").arg(f.codeList));
            if (f.type == FieldType::Reference) {
                const Table* target = cat.table(f.refTable);
                if (!target)
                    return c.fail(CatalogJson::tr("referenced table \"%1\" does not exist").arg(f.refTable));
                if (target->kind != TableKind::Source)
                    return c.fail(
                        CatalogJson::tr("referenced table \"%1\" is not a data source table").arg(f.refTable));
                if (!target->field(f.refField))
                    return c.fail(CatalogJson::tr("referenced field \"%1\" does not exist in table %2")
                                      .arg(f.refField, f.refTable));
            }
            c.leaveField();
        }
    }
    c.leaveTable();
    return true;
}

} // namespace

bool CatalogJson::parse(const QByteArray& json, const QString& source, Catalog* out, QString* error)
{
    Checker c(source);
    auto failed = [&]() {
        if (error)
            *error = c.error();
        return false;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        // Report line and column, which is what a person editing the file needs.
        int line = 1;
        int col = 1;
        for (int i = 0; i < pe.offset && i < json.size(); ++i) {
            if (json.at(i) == '\n') {
                ++line;
                col = 1;
            } else if ((static_cast<unsigned char>(json.at(i)) & 0xC0) != 0x80) {
                ++col;
            }
        }
        c.fail(tr("not valid JSON at line %1, column %2 (%3)").arg(line).arg(col).arg(pe.errorString()));
        return failed();
    }
    if (!doc.isObject()) {
        c.fail(tr("the top level must be an object"));
        return failed();
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != kFormat) {
        c.fail(tr("\"format\" must be \"%1\"").arg(kFormat));
        return failed();
    }
    Catalog cat;
    if (!requireString(root, "id", &cat.id, c) || !requireString(root, "name", &cat.name, c))
        return failed();
    cat.version = root.value(QLatin1String("version")).toString();
    for (const QJsonValue& v : root.value(QLatin1String("categories")).toArray()) {
        Category cg;
        if (!requireString(v.toObject(), "code", &cg.code, c) || !requireString(v.toObject(), "name", &cg.name, c))
            return failed();
        cat.categories.append(cg);
    }
    QSet<QString> listIds;
    for (const QJsonValue& v : root.value(QLatin1String("codeLists")).toArray()) {
        CodeList cl;
        const QJsonObject o = v.toObject();
        if (!requireString(o, "id", &cl.id, c) || !requireString(o, "name", &cl.name, c))
            return failed();
        if (listIds.contains(cl.id)) {
            c.fail(tr("code list \"%1\" is defined twice").arg(cl.id));
            return failed();
        }
        listIds.insert(cl.id);
        cl.version = o.value(QLatin1String("version")).toString();
        QSet<QString> codes;
        for (const QJsonValue& iv : o.value(QLatin1String("items")).toArray()) {
            CodeItem item {iv.toObject().value(QLatin1String("code")).toString(),
                iv.toObject().value(QLatin1String("label")).toString()};
            if (item.code.isEmpty() || item.label.isEmpty() || codes.contains(item.code)) {
                c.fail(tr("code list \"%1\" has an empty or repeated code \"%2\"").arg(cl.id, item.code));
                return failed();
            }
            codes.insert(item.code);
            cl.items.append(item);
        }
        if (cl.items.isEmpty()) {
            c.fail(tr("code list \"%1\" has no items").arg(cl.id));
            return failed();
        }
        cat.codeLists.append(cl);
    }
    const QJsonArray tables = root.value(QLatin1String("tables")).toArray();
    if (tables.isEmpty()) {
        c.fail(tr("the catalog has no tables"));
        return failed();
    }
    QSet<QString> codes;
    QSet<QString> sqlNames;
    for (const QJsonValue& tv : tables) {
        Table t;
        if (!parseTable(tv, &t, c))
            return failed();
        if (codes.contains(t.code) || sqlNames.contains(t.sqlName())) {
            c.fail(tr("the table code is used twice"));
            return failed();
        }
        codes.insert(t.code);
        sqlNames.insert(t.sqlName());
        cat.tables.append(t);
        c.leaveTable();
    }
    cat.rules = root.value(QLatin1String("rules")).toArray();
    if (!crossCheck(cat, c))
        return failed();
    *out = cat;
    return true;
}

bool CatalogJson::load(const QString& path, Catalog* out, QString* error)
{
    const QString refused = OpenWorkspaceFiles::refusal(path);
    if (!refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read catalog file %1: %2").arg(path, f.errorString());
        return false;
    }
    return parse(f.readAll(), path, out, error);
}

QJsonObject CatalogJson::fieldJson(const Field& f)
{
    QJsonObject fo;
    fo.insert(QStringLiteral("key"), f.key);
    fo.insert(QStringLiteral("name"), f.name);
    fo.insert(QStringLiteral("type"), fieldTypeToString(f.type));
    if (f.required)
        fo.insert(QStringLiteral("required"), true);
    if (f.maxLength > 0)
        fo.insert(QStringLiteral("maxLength"), f.maxLength);
    if (f.min)
        fo.insert(QStringLiteral("min"), *f.min);
    if (f.max)
        fo.insert(QStringLiteral("max"), *f.max);
    if (f.type == FieldType::Decimal)
        fo.insert(QStringLiteral("decimals"), f.decimals);
    const std::pair<const char*, QString> texts[] = {
        {"pattern", f.pattern},
        {"format", f.format},
        {"unit", f.unit},
        {"help", f.help},
        {"codeList", f.codeList},
        {"formula", f.formula},
        {"group", f.group},
    };
    for (const auto& [k, v] : texts) {
        if (!v.isEmpty())
            fo.insert(QLatin1String(k), v);
    }
    if (f.type == FieldType::Reference)
        fo.insert(QStringLiteral("ref"), f.refTable + QLatin1Char('.') + f.refField);
    return fo;
}

QByteArray CatalogJson::serialize(const Catalog& cat)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("id"), cat.id);
    root.insert(QStringLiteral("name"), cat.name);
    root.insert(QStringLiteral("version"), cat.version);
    QJsonArray cats;
    for (const Category& c : cat.categories)
        cats.append(QJsonObject {{QStringLiteral("code"), c.code}, {QStringLiteral("name"), c.name}});
    root.insert(QStringLiteral("categories"), cats);
    QJsonArray lists;
    for (const CodeList& cl : cat.codeLists) {
        QJsonArray items;
        for (const CodeItem& i : cl.items)
            items.append(QJsonObject {{QStringLiteral("code"), i.code}, {QStringLiteral("label"), i.label}});
        QJsonObject o {
            {QStringLiteral("id"), cl.id}, {QStringLiteral("name"), cl.name}, {QStringLiteral("items"), items}};
        if (!cl.version.isEmpty())
            o.insert(QStringLiteral("version"), cl.version);
        lists.append(o);
    }
    root.insert(QStringLiteral("codeLists"), lists);
    QJsonArray tables;
    for (const Table& t : cat.tables) {
        QJsonObject o;
        o.insert(QStringLiteral("code"), t.code);
        o.insert(QStringLiteral("name"), t.name);
        o.insert(QStringLiteral("category"), t.category);
        o.insert(QStringLiteral("kind"), tableKindToString(t.kind));
        o.insert(QStringLiteral("period"), periodToString(t.period));
        o.insert(QStringLiteral("department"), t.department);
        if (!t.alsoDepartments.isEmpty())
            o.insert(QStringLiteral("alsoDepartments"), QJsonArray::fromStringList(t.alsoDepartments));
        if (t.addition)
            o.insert(QStringLiteral("addition"), true);
        if (!t.keys.isEmpty())
            o.insert(QStringLiteral("keys"), QJsonArray::fromStringList(t.keys));
        if (!t.help.isEmpty())
            o.insert(QStringLiteral("help"), t.help);
        if (t.national)
            o.insert(QStringLiteral("national"),
                QJsonObject {
                    {QStringLiteral("sheet"), t.national->sheet}, {QStringLiteral("order"), t.national->order}});
        QJsonArray fields;
        for (const Field& f : t.fields)
            fields.append(fieldJson(f));
        o.insert(QStringLiteral("fields"), fields);
        if (!t.rules.isEmpty())
            o.insert(QStringLiteral("rules"), t.rules);
        tables.append(o);
    }
    root.insert(QStringLiteral("tables"), tables);
    root.insert(QStringLiteral("rules"), cat.rules);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool CatalogJson::save(const Catalog& catalog, const QString& path, QString* error)
{
    const QString refused = OpenWorkspaceFiles::refusal(path);
    if (!refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(serialize(catalog)) < 0 || !f.commit()) {
        if (error)
            *error = tr("Cannot write catalog file %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace caiji

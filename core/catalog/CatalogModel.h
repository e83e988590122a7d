#pragma once

#include "FieldType.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace caiji {

/// One entry of a code list, e.g. {"01", "汉族"}.
struct CodeItem
{
    QString code;
    QString label;
};

/// A versioned list of codes (性别, 民族, 专业大类 …).
struct CodeList
{
    QString id;
    QString name;
    QString version;
    QVector<CodeItem> items;

    /// The label of a code, or an empty string when the code is not in the list.
    QString labelOf(const QString& code) const;
    /// The code whose code or label equals text (labels are what users type), if any.
    std::optional<QString> codeFor(const QString& text) const;
};

struct Category
{
    QString code;
    QString name;
};

struct Field
{
    QString key;
    QString name;
    FieldType type = FieldType::Text;
    bool required = false;
    int maxLength = 0; ///< 0: no limit
    std::optional<double> min;
    std::optional<double> max;
    int decimals = 2;
    QString pattern;
    QString format; ///< what `pattern` asks for, in words for people ("6 位数字")
    QString unit;
    QString help;
    QString codeList;
    QString refTable; ///< for references: the source table's code
    QString refField; ///< for references: the key field in that table
    QString formula;
    QString group;

    /// "姓名" or "教学工作量（学时）": the header users see.
    QString headerLabel() const;
};

enum class TableKind
{
    Source,
    Detail,
    Single,
    Summary,
};

enum class Period
{
    AcademicYear,
    CalendarYear,
    PointInTime,
};

QString tableKindToString(TableKind k);
QString tableKindDisplayName(TableKind k);
QString periodToString(Period p);
QString periodDisplayName(Period p);

struct NationalSheet
{
    QString sheet;
    int order = 0;
};

struct Table
{
    QString code;
    QString name;
    QString category;
    TableKind kind = TableKind::Detail;
    Period period = Period::AcademicYear;
    QString department;
    QStringList alsoDepartments;
    bool addition = false;
    QStringList keys;
    QString help;
    std::optional<NationalSheet> national;
    QVector<Field> fields;
    QJsonArray rules;

    const Field* field(const QString& key) const;
    int fieldIndex(const QString& key) const;
    bool isReadOnlyKind() const { return kind == TableKind::Summary; }
    /// "6-1-1 校内专任教师基本情况"
    QString title() const { return code + QLatin1Char(' ') + name; }
    /// The SQL table that holds this table's rows, e.g. t_6_1_1.
    QString sqlName() const;
};

} // namespace caiji

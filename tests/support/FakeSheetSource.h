#pragma once

#include "core/io/SheetSource.h"

#include <functional>

namespace caiji::test {

/// A sheet made in memory: a header row, then `rows` rows from `cells`, and (when `failAfter`
/// is set) a read error after that many data rows, as a file truncated in the middle gives.
class FakeSheetSource : public SheetSource
{
public:
    FakeSheetSource(QStringList header, int rows, std::function<QStringList(int)> cells, int failAfter = -1)
        : m_header(std::move(header))
        , m_rows(rows)
        , m_cells(std::move(cells))
        , m_failAfter(failAfter)
    {
    }

    QVector<SheetInfo> sheets() const override { return {{QStringLiteral("Sheet1"), false}}; }

    bool readSheet(int, const std::function<bool(int, const QStringList&)>& row, QString* error) override
    {
        if (!row(1, m_header))
            return true;
        for (int i = 0; i < m_rows; ++i) {
            if (i == m_failAfter) {
                if (error)
                    *error = QStringLiteral("fake.xlsx is damaged at row %1").arg(i + 2);
                return false;
            }
            if (!row(i + 2, m_cells(i)))
                return true;
            ++m_delivered;
        }
        return true;
    }

    int delivered() const { return m_delivered; }

private:
    QStringList m_header;
    int m_rows;
    std::function<QStringList(int)> m_cells;
    int m_failAfter;
    int m_delivered = 0;
};

} // namespace caiji::test

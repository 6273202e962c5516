#pragma once

#include "quote.h"

#include "cellerrortablemodel.h"

namespace Tradewind {

/**
 * The lines of a quote as a table: product code and name (in the quote's language), specification,
 * quantity, unit, unit price, discount and the line total, which follows every change at once. Editable
 * when the quote is; every line's price is kept in the model's currency. One cell can carry a refusal
 * (local or from the server), shown in red with its explanation as tool tip.
 */
class QuoteLineModel : public CellErrorTableModel
{
    Q_OBJECT

public:
    enum Column {
        PositionColumn,
        CodeColumn,
        ProductColumn,
        SpecificationColumn,
        QuantityColumn,
        UnitColumn,
        UnitPriceColumn,
        DiscountColumn,
        TotalColumn,
        ColumnCount
    };

    explicit QuoteLineModel(QObject *parent = nullptr);

    /** Replaces every line (forgets the cell error); not an edit. */
    void setLines(const QList<QuoteLine> &lines);
    const QList<QuoteLine> &lines() const { return m_lines; }

    QString currency() const { return m_currency; }
    /** The currency of the prices; lines already there keep their numbers in the new currency. */
    void setCurrency(const QString &currency);
    /** "en" or "zh": the product name shown and edited is the one printed. */
    void setLanguage(const QString &language);
    QString language() const { return m_language; }
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    /** Inserts an empty line at row (appends for row < 0 or past the end); returns its row. */
    int insertLine(int row = -1);
    void removeLines(QList<int> rows);
    /** Moves the line at from to to; false when either is out of range. */
    bool moveLine(int from, int to);
    /** Fills the line from a catalogue product (GET /products), priced in the model's currency when listed. */
    void applyProduct(int row, const QJsonObject &product);

    /** First widths of the columns in average characters, for the tables showing lines. */
    static QList<int> columnWidths() { return {4, 14, 34, 22, 9, 7, 15, 9, 17}; }
    /** The column holding a line field ("quantity", "unit_price"…), or -1. */
    static int columnOfField(const QString &field);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /** The user changed the lines (not setLines()). */
    void linesEdited();

private:
    QString shownName(const QuoteLine &line) const;
    void edited(int row);

    QList<QuoteLine> m_lines;
    QString m_currency;
    QString m_language = Quote::LanguageEnglish;
    bool m_editable = false;
};

} // namespace Tradewind

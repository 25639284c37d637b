namespace FoiPortal.Documents.Layout;

/// <summary>
/// Our layout engine: turns a <see cref="LetterDocument"/> into pages of positioned, tagged text. Written once for
/// every letter and attachment; the PDF writer only draws what it is given.
/// <list type="bullet">
/// <item>Text wraps at word boundaries (<see cref="TextWrapper"/>); a long paragraph continues on the next page.</item>
/// <item>A heading is never left alone at the foot of a page: it moves to the next page with the start of what follows;
/// so does a lead-in, a paragraph ending with a colon ("because of:"), or, when it is long, its last two lines;
/// a paragraph or list never starts with one line alone at the foot of a page.</item>
/// <item>A letter head puts the sender's address at the top right and the recipient's on the left, kept together.</item>
/// <item>Lists have hanging indents; an item's label stays with its first lines.</item>
/// <item>An address block is kept together.</item>
/// <item>Tables size their columns from their content, repeat the header row (as an artifact) on every page they
/// continue on, and never split a row across pages, unless the row alone is taller than a page: then, as a last
/// resort, it continues on the next page as a further row.</item>
/// <item>Every page gets the reference in its header and "Page n of m" in its footer, filled in once the number of
/// pages is known.</item>
/// </list>
/// </summary>
internal sealed class LayoutEngine
{
    private const double Tolerance = 1e-6;

    private readonly LayoutSettings _settings;
    private readonly ITextMeasurer _measurer;
    private readonly List<PageLayout> _pages = [];
    private List<LayoutOp> _ops = [];
    private double _y;
    private bool _pageHasContent;

    private LayoutEngine(LayoutSettings settings, ITextMeasurer measurer)
    {
        _settings = settings;
        _measurer = measurer;
    }

    private double Bottom => _settings.ContentBottom;

    public static DocumentLayout Layout(LetterDocument document, LayoutSettings settings, ITextMeasurer measurer)
        => new LayoutEngine(settings, measurer).Run(document);

    private DocumentLayout Run(LetterDocument document)
    {
        var blocks = new List<PreparedBlock>(document.Blocks.Count);
        foreach (var block in document.Blocks)
        {
            if (block is not null && !BlockContent.IsEmpty(block))
            {
                blocks.Add(Prepare(block));
            }
        }

        // What must share a page with the start of each block: a heading, or a lead-in line ("because of:"), takes the
        // start of the block after it. A lead-in too long to move whole keeps its last lines with that start instead.
        var keep = new double[blocks.Count];
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            keep[i] = blocks[i].StartHeight;
            if (blocks[i].KeepWithNext && i + 1 < blocks.Count)
            {
                var next = Math.Max(blocks[i].SpaceAfter, blocks[i + 1].SpaceBefore) + keep[i + 1];
                if (blocks[i] is PreparedText { MovesWhole: false } text)
                {
                    text.TailReserve = next;
                }
                else
                {
                    keep[i] += next;
                }
            }
        }

        NewPage();
        double spaceAfterPrevious = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            StartBlock(Math.Max(spaceAfterPrevious, block.SpaceBefore), keep[i]);
            block.Emit(this);
            spaceAfterPrevious = block.SpaceAfter;
        }

        AddHeadersAndFooters(document);
        return new DocumentLayout(_pages, _settings);
    }

    private void NewPage()
    {
        // Pages of one document tend to hold as much as the page before: size the list for that.
        var page = new PageLayout(_pages.Count + 1, _pages.Count > 0 ? _pages[^1].Ops.Count + 8 : 64);
        _pages.Add(page);
        _ops = page.Ops;
        _y = _settings.ContentTop;
        _pageHasContent = false;
    }

    /// <summary>Moves to a new page unless <paramref name="keepHeight"/> fits below the gap; at the top of a page there is no gap.</summary>
    private void StartBlock(double gap, double keepHeight)
    {
        if (!_pageHasContent)
        {
            return;
        }

        if (_y + gap + Math.Min(keepHeight, _settings.ContentHeight) > Bottom + Tolerance)
        {
            NewPage();
        }
        else
        {
            _y += gap;
        }
    }

    /// <summary>Moves to a new page unless <paramref name="height"/> fits; a fresh page always takes the content.</summary>
    private void EnsureRoom(double height)
    {
        if (_pageHasContent && _y + height > Bottom + Tolerance)
        {
            NewPage();
        }
    }

    private void Add(LayoutOp op) => _ops.Add(op);

    private void AddText(double x, string text, FontSpec font, double? width = null)
    {
        // An empty line takes its height but draws nothing.
        if (text.Length > 0)
        {
            Add(LayoutOp.TextAt(x, _y, width ?? _measurer.Width(text.AsSpan().TrimEnd(' '), font), _settings.LineHeight(font), text, font));
        }

        _pageHasContent = true;
    }

    private void EmitLines(IReadOnlyList<string> lines, double x, FontSpec font)
    {
        var lineHeight = _settings.LineHeight(font);
        foreach (var line in lines)
        {
            EnsureRoom(lineHeight);
            AddText(x, line, font);
            _y += lineHeight;
        }
    }

    private List<string> Wrap(string text, FontSpec font, double width)
        => TextWrapper.Wrap(_measurer.Printable(text), font, width, _measurer);

    private PreparedBlock Prepare(Block block) => block switch
    {
        Heading heading => PrepareHeading(heading),
        Paragraph paragraph => new PreparedText(
            StructureTag.P, _settings.Body, Wrap(TextCleaner.Clean(paragraph.Text), _settings.Body, _settings.ContentWidth),
            _settings, keepTogether: false, spaceBefore: 0, spaceAfter: _settings.ParagraphSpacing, keepWithNext: BlockContent.IsLeadIn(paragraph)),
        AddressBlock address => PrepareAddress(address),
        LetterHead head => PrepareLetterHead(head),
        BulletList list => PrepareList(list.Items, ordered: false, start: 1),
        NumberedList list => PrepareList(list.Items, ordered: true, start: list.Start),
        Table table => PrepareTable(table),
        _ => throw new NotSupportedException($"Block type {block.GetType().Name} cannot be laid out."),
    };

    private PreparedHeading PrepareHeading(Heading heading)
    {
        var level = BlockContent.HeadingLevel(heading);
        var font = _settings.HeadingFont(level);
        var lines = Wrap(TextCleaner.CleanSingleLine(heading.Text).Trim(), font, _settings.ContentWidth);
        var tag = level switch
        {
            1 => StructureTag.H1,
            2 => StructureTag.H2,
            _ => StructureTag.H3,
        };
        return new PreparedHeading(tag, font, lines, _settings, _settings.HeadingSpaceBefore(level), _settings.HeadingSpaceAfter(level));
    }

    private PreparedText PrepareAddress(AddressBlock address)
        => new(StructureTag.P, _settings.Body, AddressLines(address.Lines, _settings.ContentWidth), _settings, keepTogether: true, 0, _settings.ParagraphSpacing);

    private List<string> AddressLines(IReadOnlyList<string> addressLines, double width)
    {
        var lines = new List<string>(addressLines.Count);
        foreach (var line in addressLines)
        {
            // Lines are read as one paragraph: the trailing space keeps "Street" and "Coventry" apart for a screen reader.
            if (lines.Count > 0 && lines[^1].Length > 0 && !lines[^1].EndsWith(' '))
            {
                lines[^1] += " ";
            }

            lines.AddRange(Wrap(TextCleaner.CleanSingleLine(line), _settings.Body, width));
        }

        return lines;
    }

    /// <summary>
    /// The sender's address in a column at the right margin (its lines left-aligned, the column as wide as its longest
    /// line, at most half the width), the recipient's on the left, both from the top of the block.
    /// </summary>
    private PreparedLetterHead PrepareLetterHead(LetterHead head)
    {
        var half = _settings.ContentWidth / 2;
        var sender = AddressLines(head.Sender, half);
        var senderWidth = sender.Count == 0 ? 0 : sender.Max(l => _measurer.Width(l.AsSpan().TrimEnd(' '), _settings.Body));
        var recipient = AddressLines(head.Recipient, half - _settings.LabelGap);
        return new PreparedLetterHead(sender, _settings.ContentLeft + _settings.ContentWidth - senderWidth, recipient, _settings);
    }

    private PreparedList PrepareList(IReadOnlyList<string> items, bool ordered, int start)
    {
        var font = _settings.Body;
        var labels = new string[items.Count];
        double widestLabel = 0;
        for (var i = 0; i < items.Count; i++)
        {
            labels[i] = ordered ? $"{(long)start + i}." : _settings.Bullet;
            widestLabel = Math.Max(widestLabel, _measurer.Width(labels[i], font));
        }

        var indent = Math.Max(_settings.BulletIndent, widestLabel + _settings.LabelGap);
        var bodyWidth = Math.Max(_settings.ContentWidth - indent, 1);
        var bodies = new List<string>[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            bodies[i] = Wrap(TextCleaner.Clean(items[i]), font, bodyWidth);
        }

        return new PreparedList(labels, bodies, indent, font, _settings);
    }

    private PreparedTable PrepareTable(Table table)
    {
        var s = _settings;
        var columns = TableShape.ColumnCount(table);
        var numeric = TableShape.NumericColumns(table);

        var headers = new string[columns];
        for (var c = 0; c < columns; c++)
        {
            headers[c] = _measurer.Printable(TextCleaner.Clean(TableShape.Header(table, c)));
        }

        var cells = new string[table.Rows.Count][];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var texts = new string[columns];
            for (var c = 0; c < columns; c++)
            {
                texts[c] = _measurer.Printable(TextCleaner.Clean(TableShape.Cell(row, c)));
            }

            cells[r] = texts;
        }

        var widths = ColumnWidths(headers, cells, columns);
        var x = new double[columns];
        var left = s.ContentLeft;
        for (var c = 0; c < columns; c++)
        {
            x[c] = left;
            left += widths[c];
        }

        var header = PrepareRow(headers, widths, s.TableHeader);
        var rows = new PreparedRow[cells.Length];
        for (var r = 0; r < cells.Length; r++)
        {
            rows[r] = PrepareRow(cells[r], widths, s.TableCell);
        }

        var caption = string.IsNullOrWhiteSpace(table.Caption)
            ? null
            : Wrap(TextCleaner.CleanSingleLine(table.Caption).Trim(), s.Caption, s.ContentWidth);
        return new PreparedTable(caption, x, widths, numeric, header, rows, s);
    }

    private PreparedRow PrepareRow(string[] texts, double[] widths, FontSpec font)
    {
        var lines = new List<string>[texts.Length];
        var maxLines = 1;
        for (var c = 0; c < texts.Length; c++)
        {
            lines[c] = TextWrapper.Wrap(texts[c], font, Math.Max(widths[c] - (2 * _settings.CellPaddingX), 1), _measurer);
            maxLines = Math.Max(maxLines, lines[c].Count);
        }

        return new PreparedRow(lines, (maxLines * _settings.LineHeight(font)) + (2 * _settings.CellPaddingY), font);
    }

    /// <summary>
    /// Column widths from content, like a browser's automatic table layout: each column wants the width of its
    /// longest unbroken line (preferred) and needs the width of its longest word (minimum, capped so one long word
    /// cannot take the page). Preferred widths are used when they fit, stretched to the full width; otherwise each
    /// column gets its minimum plus a share of the rest in proportion to how much more it wants.
    /// </summary>
    private double[] ColumnWidths(string[] headers, string[][] cells, int columns)
    {
        var s = _settings;
        var available = s.ContentWidth;
        var padding = 2 * s.CellPaddingX;
        var minimumCap = Math.Max(available / columns, available * 0.3);
        var preferred = new double[columns];
        var minimum = new double[columns];
        for (var c = 0; c < columns; c++)
        {
            var (natural, word) = TextWrapper.Measure(headers[c], s.TableHeader, _measurer);
            var wants = natural;
            var needs = word;
            foreach (var row in cells)
            {
                (natural, word) = TextWrapper.Measure(row[c], s.TableCell, _measurer);
                wants = Math.Max(wants, natural);
                needs = Math.Max(needs, word);
            }

            minimum[c] = Math.Clamp(needs + padding, s.MinColumnWidth, Math.Max(minimumCap, s.MinColumnWidth));
            preferred[c] = Math.Max(wants + padding, minimum[c]);
        }

        var sumPreferred = preferred.Sum();
        var sumMinimum = minimum.Sum();
        var widths = new double[columns];
        for (var c = 0; c < columns; c++)
        {
            widths[c] = sumPreferred <= available
                ? preferred[c] * available / sumPreferred
                : sumMinimum >= available
                    ? minimum[c] * available / sumMinimum
                    : minimum[c] + ((preferred[c] - minimum[c]) * (available - sumMinimum) / (sumPreferred - sumMinimum));
        }

        return widths;
    }

    private void AddHeadersAndFooters(LetterDocument document)
    {
        var s = _settings;
        var font = s.PageHeader;
        var lineHeight = s.LineHeight(font);
        var reference = _measurer.Printable($"Our reference: {TextCleaner.CleanSingleLine(document.Reference).Trim()}");
        var referenceWidth = _measurer.Width(reference, font);
        var author = _measurer.Printable(TextCleaner.CleanSingleLine(document.Author).Trim());
        author = Ellipsize(author, font, s.ContentWidth - referenceWidth - 12);
        var ruleY = s.HeaderTop + lineHeight + 2;

        foreach (var page in _pages)
        {
            var header = new List<LayoutOp>(6) { LayoutOp.BeginArtifact(ArtifactKind.Header) };
            if (author.Length > 0)
            {
                header.Add(LayoutOp.TextAt(s.ContentLeft, s.HeaderTop, _measurer.Width(author, font), lineHeight, author, font));
            }

            header.Add(LayoutOp.TextAt(s.ContentLeft + s.ContentWidth - referenceWidth, s.HeaderTop, referenceWidth, lineHeight, reference, font));
            header.Add(LayoutOp.HorizontalRule(s.ContentLeft, ruleY, s.ContentWidth, s.RuleThickness));
            header.Add(LayoutOp.EndArtifact());
            page.Ops.InsertRange(0, header);

            var footer = $"Page {page.Number} of {_pages.Count}";
            var footerWidth = _measurer.Width(footer, font);
            page.Ops.Add(LayoutOp.BeginArtifact(ArtifactKind.Footer));
            page.Ops.Add(LayoutOp.TextAt(s.ContentLeft + ((s.ContentWidth - footerWidth) / 2), s.FooterTop, footerWidth, lineHeight, footer, font));
            page.Ops.Add(LayoutOp.EndArtifact());
        }
    }

    private string Ellipsize(string text, FontSpec font, double width)
    {
        if (_measurer.Width(text, font) <= width)
        {
            return text;
        }

        for (var length = text.Length - 1; length > 0; length--)
        {
            var candidate = string.Concat(text.AsSpan(0, length).TrimEnd(), "\u2026");
            if (_measurer.Width(candidate, font) <= width)
            {
                return candidate;
            }
        }

        return string.Empty;
    }

    private abstract class PreparedBlock(double spaceBefore, double spaceAfter)
    {
        public double SpaceBefore { get; } = spaceBefore;

        public double SpaceAfter { get; } = spaceAfter;

        /// <summary>Whether the block must not end a page without the start of the block after it (headings, lead-ins).</summary>
        public virtual bool KeepWithNext => false;

        /// <summary>How much of the block must be on the page where it starts.</summary>
        public abstract double StartHeight { get; }

        public abstract void Emit(LayoutEngine engine);
    }

    private class PreparedText(
        StructureTag tag, FontSpec font, List<string> lines, LayoutSettings settings, bool keepTogether, double spaceBefore, double spaceAfter,
        bool keepWithNext = false)
        : PreparedBlock(spaceBefore, spaceAfter)
    {
        /// <summary>Lines a lead-in keeps with what follows when it is too long to move to the next page whole.</summary>
        private const int TailLines = 2;

        public override bool KeepWithNext => keepWithNext;

        /// <summary>Short enough to move to the next page whole with the start of what follows (a heading always is).</summary>
        public bool MovesWhole => keepTogether || lines.Count <= TailLines + 1;

        /// <summary>For a long lead-in: the gap and the start of the next block, which must fit below its last lines.</summary>
        public double TailReserve { get; set; }

        public override double StartHeight
            => settings.LineHeight(font) * (keepTogether ? lines.Count : Math.Min(2, lines.Count));

        public override void Emit(LayoutEngine engine)
        {
            var lineHeight = settings.LineHeight(font);
            engine.Add(LayoutOp.Begin(tag));
            for (var i = 0; i < lines.Count; i++)
            {
                var room = TailReserve > 0 && i == lines.Count - TailLines
                    ? Math.Min((TailLines * lineHeight) + TailReserve, settings.ContentHeight)
                    : lineHeight;
                engine.EnsureRoom(room);
                engine.AddText(settings.ContentLeft, lines[i], font);
                engine._y += lineHeight;
            }

            engine.Add(LayoutOp.End(tag));
        }
    }

    private sealed class PreparedHeading(StructureTag tag, FontSpec font, List<string> lines, LayoutSettings settings, double spaceBefore, double spaceAfter)
        : PreparedText(tag, font, lines, settings, keepTogether: true, spaceBefore, spaceAfter, keepWithNext: true);

    /// <summary>Two address columns side by side, kept together: sender (right) first in reading order, then recipient (left).</summary>
    private sealed class PreparedLetterHead(List<string> sender, double senderX, List<string> recipient, LayoutSettings settings)
        : PreparedBlock(0, settings.ParagraphSpacing)
    {
        public override double StartHeight => settings.LineHeight(settings.Body) * Math.Max(sender.Count, recipient.Count);

        public override void Emit(LayoutEngine engine)
        {
            engine.EnsureRoom(StartHeight);
            var top = engine._y;
            Column(engine, sender, senderX, top);
            Column(engine, recipient, settings.ContentLeft, top);
            engine._y = top + StartHeight;
        }

        private void Column(LayoutEngine engine, List<string> lines, double x, double top)
        {
            if (lines.Count == 0)
            {
                return;
            }

            engine.Add(LayoutOp.Begin(StructureTag.P));
            engine._y = top;
            foreach (var line in lines)
            {
                engine.AddText(x, line, settings.Body);
                engine._y += settings.LineHeight(settings.Body);
            }

            engine.Add(LayoutOp.End(StructureTag.P));
        }
    }

    private sealed class PreparedList(string[] labels, List<string>[] bodies, double indent, FontSpec font, LayoutSettings settings)
        : PreparedBlock(0, settings.ParagraphSpacing)
    {
        public override double StartHeight => settings.LineHeight(font) * Math.Min(2, bodies[0].Count);

        public override void Emit(LayoutEngine engine)
        {
            var lineHeight = settings.LineHeight(font);
            engine.Add(LayoutOp.Begin(StructureTag.L));
            for (var i = 0; i < labels.Length; i++)
            {
                if (i > 0 && engine._pageHasContent)
                {
                    engine._y += settings.ListItemSpacing;
                }

                // The label and the item's first lines start together.
                engine.EnsureRoom(lineHeight * Math.Min(2, bodies[i].Count));
                engine.Add(LayoutOp.Begin(StructureTag.LI));
                engine.Add(LayoutOp.Begin(StructureTag.Lbl));
                engine.AddText(settings.ContentLeft, labels[i], font);
                engine.Add(LayoutOp.End(StructureTag.Lbl));
                engine.Add(LayoutOp.Begin(StructureTag.LBody));
                engine.EmitLines(bodies[i], settings.ContentLeft + indent, font);
                engine.Add(LayoutOp.End(StructureTag.LBody));
                engine.Add(LayoutOp.End(StructureTag.LI));
            }

            engine.Add(LayoutOp.End(StructureTag.L));
        }
    }

    private sealed record PreparedRow(List<string>[] Cells, double Height, FontSpec Font);

    private sealed class PreparedTable(
        List<string>? caption, double[] x, double[] widths, bool[] numeric, PreparedRow header, PreparedRow[] rows, LayoutSettings settings)
        : PreparedBlock(settings.TableSpaceBefore, settings.TableSpaceAfter)
    {
        private double CaptionHeight => caption is null ? 0 : (caption.Count * settings.LineHeight(settings.Caption)) + settings.CaptionGap;

        /// <summary>A header taller than a third of the page is not repeated: it would crowd out the rows.</summary>
        private bool RepeatHeader => header.Height <= settings.ContentHeight / 3;

        public override double StartHeight => CaptionHeight + header.Height + (rows.Length > 0 ? rows[0].Height : 0);

        public override void Emit(LayoutEngine engine)
        {
            engine.Add(LayoutOp.Begin(StructureTag.Table));
            if (caption is not null)
            {
                engine.Add(LayoutOp.Begin(StructureTag.Caption));
                engine.EmitLines(caption, settings.ContentLeft, settings.Caption);
                engine.Add(LayoutOp.End(StructureTag.Caption));
                engine._y += settings.CaptionGap;
            }

            engine.Add(LayoutOp.Begin(StructureTag.THead));
            EmitRow(engine, header, StructureTag.TH, asArtifact: false);
            engine.Add(LayoutOp.End(StructureTag.THead));

            engine.Add(LayoutOp.Begin(StructureTag.TBody));
            var rowsOnPage = 0;
            foreach (var row in rows)
            {
                if (engine._y + row.Height > engine.Bottom + Tolerance && rowsOnPage > 0)
                {
                    ContinueOnNewPage(engine);
                    rowsOnPage = 0;
                }

                EmitRow(engine, row, StructureTag.TD, asArtifact: false);
                rowsOnPage++;
            }

            engine.Add(LayoutOp.End(StructureTag.TBody));
            engine.Add(LayoutOp.End(StructureTag.Table));
        }

        private void ContinueOnNewPage(LayoutEngine engine)
        {
            engine.NewPage();
            if (RepeatHeader)
            {
                // The header cells are already in the structure tree: the repeat is a pagination artifact.
                EmitRow(engine, header, StructureTag.TH, asArtifact: true);
            }
        }

        /// <summary>
        /// Emits a row, whole when it fits (the caller has moved to a new page if that helps). A row taller than the
        /// space left on a fresh page is the last resort: it is cut between lines and continues as a further row on
        /// the next page. At least one line goes on each page, so this always ends.
        /// </summary>
        private void EmitRow(LayoutEngine engine, PreparedRow row, StructureTag cellTag, bool asArtifact)
        {
            var lineHeight = settings.LineHeight(row.Font);
            var padding = settings.CellPaddingY;
            var first = new int[row.Cells.Length];
            while (true)
            {
                var remaining = 0;
                for (var c = 0; c < row.Cells.Length; c++)
                {
                    remaining = Math.Max(remaining, row.Cells[c].Count - first[c]);
                }

                var room = (int)Math.Floor((engine.Bottom - engine._y - (2 * padding) + Tolerance) / lineHeight);
                var take = Math.Max(1, Math.Min(remaining, room));
                EmitRowPart(engine, row, first, take, cellTag, asArtifact);
                if (take >= remaining)
                {
                    return;
                }

                for (var c = 0; c < first.Length; c++)
                {
                    first[c] += take;
                }

                ContinueOnNewPage(engine);
            }
        }

        private void EmitRowPart(LayoutEngine engine, PreparedRow row, int[] first, int take, StructureTag cellTag, bool asArtifact)
        {
            var lineHeight = settings.LineHeight(row.Font);
            var top = engine._y;
            engine.Add(asArtifact ? LayoutOp.BeginArtifact(ArtifactKind.Pagination) : LayoutOp.Begin(StructureTag.TR));
            for (var c = 0; c < row.Cells.Length; c++)
            {
                if (!asArtifact)
                {
                    engine.Add(LayoutOp.Begin(cellTag));
                }

                var lines = row.Cells[c];
                var last = Math.Min(lines.Count, first[c] + take);
                for (var i = first[c]; i < last; i++)
                {
                    var text = lines[i];
                    var width = engine._measurer.Width(text.AsSpan().TrimEnd(' '), row.Font);
                    var left = numeric[c]
                        ? x[c] + widths[c] - settings.CellPaddingX - width
                        : x[c] + settings.CellPaddingX;
                    engine._y = top + settings.CellPaddingY + ((i - first[c]) * lineHeight);
                    engine.AddText(left, text, row.Font, width);
                }

                if (!asArtifact)
                {
                    engine.Add(LayoutOp.End(cellTag));
                }
            }

            if (!asArtifact)
            {
                engine.Add(LayoutOp.End(StructureTag.TR));
            }

            var bottom = top + (take * lineHeight) + (2 * settings.CellPaddingY);
            var thickness = cellTag == StructureTag.TH ? settings.HeaderRuleThickness : settings.RuleThickness;
            if (!asArtifact)
            {
                engine.Add(LayoutOp.BeginArtifact(ArtifactKind.Layout));
            }

            engine.Add(LayoutOp.HorizontalRule(x[0], bottom, widths.Sum(), thickness));
            engine.Add(LayoutOp.EndArtifact());
            engine._y = bottom;
            engine._pageHasContent = true;
        }
    }
}

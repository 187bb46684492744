using System.Text;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Text;
using Telegram.Bot.Types.ReplyMarkups;

namespace HistoryBot.Telegram.Rendering;

/// <summary>
/// Renders a <see cref="Reply"/> as Telegram HTML: the title in bold, the body with its styles,
/// the context as an expandable quote, the footer in italics. Texts longer than Telegram's 4,096
/// characters are split into several messages, or trimmed with "…", at sentence boundaries where
/// one fits; the footer (the citation) is always kept.
/// </summary>
public static class TelegramRenderer
{
    /// <summary>Telegram's limit after entity parsing; we hold the HTML itself to it, which is stricter.</summary>
    public const int MaxLength = 4096;

    /// <summary>callback_data is 1-64 bytes.</summary>
    public const int MaxCallbackDataBytes = 64;

    /// <summary>answerCallbackQuery shows at most 200 characters.</summary>
    public const int MaxAlertLength = 200;

    private const string Separator = "\n\n";
    private const string Ellipsis = " …";
    private const string QuoteOpen = "<blockquote expandable>";
    private const string QuoteClose = "</blockquote>";
    private const int ButtonsPerRow = 3;

    /// <summary>
    /// The messages of a reply, at most <paramref name="maxMessages"/>; when the text needs more,
    /// the last one is trimmed. A reply with buttons is rendered with <paramref name="maxMessages"/> = 1,
    /// so the buttons sit under the whole answer.
    /// </summary>
    public static IReadOnlyList<TelegramText> Render(Reply reply, int maxMessages = 1, int limit = MaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 64);
        var footer = string.IsNullOrWhiteSpace(reply.Footer)
            ? null
            : new Block([new TextSpan(Shorten(reply.Footer.Trim(), limit / 4), TextStyle.Italic)], quote: false);
        var packer = new Packer(maxMessages, limit, footer);
        foreach (var block in Blocks(reply))
        {
            if (!packer.Add(block))
                break;
        }
        return packer.Finish();
    }

    /// <summary>The buttons in rows; buttons whose data Telegram would refuse are left out.</summary>
    public static InlineKeyboardMarkup? Keyboard(IReadOnlyList<ReplyButton> buttons)
    {
        var valid = buttons
            .Where(button => !string.IsNullOrWhiteSpace(button.Label) && IsValidCallbackData(button.Data))
            .Select(button => InlineKeyboardButton.WithCallbackData(button.Label, button.Data))
            .ToList();
        if (valid.Count == 0)
            return null;
        return new InlineKeyboardMarkup(valid.Chunk(ButtonsPerRow));
    }

    public static bool IsValidCallbackData(string data) =>
        Encoding.UTF8.GetByteCount(data) is > 0 and <= MaxCallbackDataBytes;

    /// <summary>A reply as the short notice of answerCallbackQuery (errors and refusals after a button press).</summary>
    public static string AlertText(Reply reply) => Shorten(reply.Body.ToPlainText().Trim(), MaxAlertLength);

    /// <summary>At most <paramref name="max"/> characters, cut at a word with "…" when longer.</summary>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max)
            return text;
        var cut = text.LastIndexOf(' ', max - 1);
        if (cut < max / 2)
            cut = max - 1;
        if (char.IsLowSurrogate(text[cut]))
            cut--;
        return text[..cut].TrimEnd() + "…";
    }

    private static IEnumerable<Block> Blocks(Reply reply)
    {
        if (!string.IsNullOrWhiteSpace(reply.Title))
            yield return new Block([new TextSpan(reply.Title.Trim(), TextStyle.Bold)], quote: false);
        yield return new Block(reply.Body.Spans, quote: false);
        if (reply.Context is { } context)
            yield return new Block(context.Spans, quote: true);
    }

    /// <summary>A paragraph of styled spans, rendered as a whole or in slices; optionally quoted.</summary>
    private sealed class Block
    {
        private readonly int[] _escapedPrefix;
        private readonly int[] _spanStarts;
        private List<int>? _sentenceEnds;

        public Block(IReadOnlyList<TextSpan> spans, bool quote)
        {
            Spans = spans.Where(span => span.Text.Length > 0).ToList();
            Quote = quote;
            Text = string.Concat(Spans.Select(span => span.Text));
            _spanStarts = new int[Spans.Count];
            for (int i = 0, start = 0; i < Spans.Count; start += Spans[i].Text.Length, i++)
                _spanStarts[i] = start;
            _escapedPrefix = new int[Text.Length + 1];
            for (var i = 0; i < Text.Length; i++)
                _escapedPrefix[i + 1] = _escapedPrefix[i] + TelegramHtml.EscapedLength(Text[i]);
        }

        public IReadOnlyList<TextSpan> Spans { get; }

        public bool Quote { get; }

        public string Text { get; }

        public int HtmlLength(int start, int end, string suffix = "")
        {
            var length = (Quote ? QuoteOpen.Length + QuoteClose.Length : 0) + _escapedPrefix[end] - _escapedPrefix[start] + suffix.Length;
            for (var i = 0; i < Spans.Count; i++)
            {
                if (Overlaps(i, start, end))
                    length += TelegramHtml.TagsLength(Spans[i].Style);
            }
            return length;
        }

        public void Append(StringBuilder html, StringBuilder plain, int start, int end, string suffix = "")
        {
            if (Quote)
                html.Append(QuoteOpen);
            for (var i = 0; i < Spans.Count; i++)
            {
                if (!Overlaps(i, start, end))
                    continue;
                var from = Math.Max(start, _spanStarts[i]);
                var to = Math.Min(end, _spanStarts[i] + Spans[i].Text.Length);
                TelegramHtml.Open(html, Spans[i].Style);
                TelegramHtml.AppendEscaped(html, Text.AsSpan(from, to - from));
                TelegramHtml.Close(html, Spans[i].Style);
                plain.Append(Text, from, to - from);
            }
            TelegramHtml.AppendEscaped(html, suffix);
            plain.Append(suffix);
            if (Quote)
                html.Append(QuoteClose);
        }

        /// <summary>The longest slice from <paramref name="start"/> whose HTML fits <paramref name="budget"/>.</summary>
        public int FitEnd(int start, int budget)
        {
            int low = start, high = Text.Length;
            while (low < high)
            {
                var middle = (low + high + 1) / 2;
                if (HtmlLength(start, middle) <= budget)
                    low = middle;
                else
                    high = middle - 1;
            }
            if (low > start && low < Text.Length && char.IsLowSurrogate(Text[low]))
                low--;
            return low;
        }

        /// <summary>The last sentence end or line break in (start, end], or -1.</summary>
        public int SentenceCut(int start, int end)
        {
            _sentenceEnds ??= SentenceEnds(Text);
            for (var i = _sentenceEnds.Count - 1; i >= 0; i--)
            {
                var boundary = _sentenceEnds[i];
                if (boundary <= start)
                    break;
                if (boundary <= end)
                    return boundary;
            }
            return -1;
        }

        /// <summary>The last space in (start, end], else <paramref name="end"/> itself.</summary>
        public int WordCut(int start, int end)
        {
            if (end >= Text.Length)
                return end;
            for (var i = end; i > start; i--)
            {
                if (char.IsWhiteSpace(Text[i]))
                    return i;
            }
            return end;
        }

        public int SkipSpace(int position)
        {
            while (position < Text.Length && char.IsWhiteSpace(Text[position]))
                position++;
            return position;
        }

        public int TrimEnd(int start, int end)
        {
            while (end > start && char.IsWhiteSpace(Text[end - 1]))
                end--;
            return end;
        }

        private bool Overlaps(int span, int start, int end)
        {
            var spanStart = _spanStarts[span];
            return spanStart < end && spanStart + Spans[span].Text.Length > start;
        }

        private static List<int> SentenceEnds(string text)
        {
            var ends = SentenceSplitter.Split(text).Select(sentence => sentence.End).ToHashSet();
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                    ends.Add(i);
            }
            return ends.Order().ToList();
        }
    }

    /// <summary>Fills messages block by block, cutting a block where the current message is full.</summary>
    private sealed class Packer(int maxMessages, int limit, Block? footer)
    {
        private readonly List<TelegramText> _messages = [];
        private readonly StringBuilder _html = new();
        private readonly StringBuilder _plain = new();

        // Every message keeps room for the footer: which message is last is known only at the end.
        private readonly int _budget = limit - (footer is null ? 0 : Separator.Length + footer.HtmlLength(0, footer.Text.Length));

        private bool IsLastMessage => _messages.Count + 1 >= maxMessages;

        /// <summary>False once the last allowed message is full: the rest is left out.</summary>
        public bool Add(Block block)
        {
            var position = block.SkipSpace(0);
            var end = block.TrimEnd(position, block.Text.Length);
            while (position < end)
            {
                var separator = _html.Length == 0 ? "" : Separator;
                var available = _budget - _html.Length - separator.Length;
                if (block.HtmlLength(position, end) <= available)
                {
                    Append(block, separator, position, end);
                    return true;
                }

                var last = IsLastMessage;
                var suffix = last ? Ellipsis : "";
                var fitEnd = block.FitEnd(position, available - suffix.Length);
                var cut = block.SentenceCut(position, fitEnd);
                if (cut < 0)
                {
                    if (_html.Length > 0 && !last)
                    {
                        Flush();
                        continue;
                    }
                    cut = block.WordCut(position, fitEnd);
                }
                var sliceEnd = block.TrimEnd(position, cut);
                if (sliceEnd > position)
                    Append(block, separator, position, sliceEnd, suffix);
                if (last)
                    return false;
                if (_html.Length > 0)
                    Flush();
                position = block.SkipSpace(Math.Max(cut, position + 1));
            }
            return true;
        }

        public IReadOnlyList<TelegramText> Finish()
        {
            if (footer is not null)
                Append(footer, _html.Length == 0 ? "" : Separator, 0, footer.Text.Length);
            if (_html.Length > 0 || _messages.Count == 0)
            {
                if (_html.Length == 0)
                {
                    // Telegram refuses empty texts.
                    _html.Append('…');
                    _plain.Append('…');
                }
                Flush();
            }
            return _messages;
        }

        private void Append(Block block, string separator, int start, int end, string suffix = "")
        {
            _html.Append(separator);
            _plain.Append(separator);
            block.Append(_html, _plain, start, end, suffix);
        }

        private void Flush()
        {
            _messages.Add(new TelegramText(_html.ToString(), _plain.ToString()));
            _html.Clear();
            _plain.Clear();
        }
    }
}

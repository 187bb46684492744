using System.Text;

namespace HistoryBot.Tests.Cli;

/// <summary>Hostile questions and source files: query syntax, combining marks, bidi overrides, lone surrogates, huge words, random bytes.</summary>
internal static class HostileText
{
    private static readonly string[] Pieces =
    [
        "NATO", "USSR", "1954", "join", "Khrushchev", "AND", "OR", "NOT", "*", "?", "~2", "^4", "field:text", "\\", "\"",
        "(", ")", "[1 TO 9]", "{a TO b}", "+", "-", "&&", "||", "!", "/regex/", "\u0301", "\u0301\u0302\u0303", "\u202E",
        "\u202D", "\u2066", "\u2069", "\u200B", "\u200D", "\uFEFF", "\uD800", "\uDFFF", "\0", "👍🏽", "ẞ", "İ", "ş", "ș",
        "ţ", "ț", "ąčęėįšųūž", "<b>", "</script>", "&amp;", "%s", "{0}", "\t", "\r\n", "…", "。", "؟",
    ];

    public static string Question(Random random)
    {
        var builder = new StringBuilder();
        // Huge questions are rare, as in life, and keep the run short.
        switch (random.Next(100) == 0 ? random.Next(2) : 2 + random.Next(8))
        {
            case 0:
                builder.Append(new string((char)random.Next(0x21, 0x7F), random.Next(1, 65_536)));
                break;
            case 1:
                builder.Append('a', random.Next(1_000, 65_536));
                break;
            case 2:
                for (var i = random.Next(1, 200); i > 0; i--)
                    builder.Append((char)random.Next(0, 0x10000));
                break;
            default:
                for (var i = random.Next(1, 30); i > 0; i--)
                    builder.Append(Pieces[random.Next(Pieces.Length)]).Append(random.Next(3) == 0 ? "" : " ");
                break;
        }
        return builder.ToString();
    }

    public static byte[] File(Random random, int index)
    {
        switch (index % 8)
        {
            case 0:
                var bytes = new byte[random.Next(1, 20_000)];
                random.NextBytes(bytes);
                return bytes;
            case 1:
                return Encoding.UTF8.GetBytes(new string('x', random.Next(100_000, 300_000)));
            case 2:
                return index % 80 == 2 ? Encoding.UTF8.GetBytes(new string('.', 1_000_000)) : Encoding.UTF8.GetBytes(new string('!', 5_000));
            case 3:
                // CESU-style encoded lone surrogates and overlong forms: not valid UTF-8.
                return [0xED, 0xA0, 0x80, 0x20, 0xC0, 0xAF, 0x0A, 0xED, 0xBF, 0xBF, 0x41];
            case 4:
                return [];
            default:
                var text = new StringBuilder();
                for (var line = random.Next(1, 40); line > 0; line--)
                {
                    text.Append(Question(random).Replace("\uD800", "", StringComparison.Ordinal).Replace("\uDFFF", "", StringComparison.Ordinal));
                    text.Append(random.Next(2) == 0 ? "\n\n" : " \u0301 ");
                }
                return Encoding.UTF8.GetBytes(text.ToString());
        }
    }
}

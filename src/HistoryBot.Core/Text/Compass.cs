namespace HistoryBot.Core.Text;

/// <summary>
/// The point of the compass that qualifies a name, in the four languages: "West Germany", "Vakarų Vokietija",
/// "Kanlurang Alemanya" before it; "Germania de Vest", "Germania Occidentală", "Coreea de Sud" after it.
/// </summary>
public static class Compass
{
    public enum Point
    {
        North,
        East,
        South,
        West,
    }

#pragma warning disable IDE0055 // one point of the compass per line
    private static readonly Dictionary<string, Point> Before = new(StringComparer.Ordinal)
    {
        ["west"] = Point.West, ["western"] = Point.West, ["vakaru"] = Point.West, ["kanlurang"] = Point.West,
        ["east"] = Point.East, ["eastern"] = Point.East, ["rytu"] = Point.East, ["silangang"] = Point.East,
        ["north"] = Point.North, ["northern"] = Point.North, ["siaures"] = Point.North, ["hilagang"] = Point.North,
        ["south"] = Point.South, ["southern"] = Point.South, ["pietu"] = Point.South, ["timog"] = Point.South,
    };

    private static readonly Dictionary<string, Point> After = new(StringComparer.Ordinal)
    {
        ["vest"] = Point.West, ["occidentala"] = Point.West,
        ["est"] = Point.East, ["rasariteana"] = Point.East,
        ["nord"] = Point.North,
        ["sud"] = Point.South,
    };
#pragma warning restore IDE0055

    /// <summary>The point that qualifies the word at <paramref name="index"/> (folded tokens), or null: the word before it, or after it, past Romanian "de".</summary>
    public static Point? Of(IReadOnlyList<Token> tokens, int index)
    {
        if (index < 0 || index >= tokens.Count)
            return null;
        if (index > 0 && Before.TryGetValue(tokens[index - 1].Folded, out var before))
            return before;
        var next = index + 1 < tokens.Count && tokens[index + 1].Folded == "de" ? index + 2 : index + 1;
        return next < tokens.Count && After.TryGetValue(tokens[next].Folded, out var after) ? after : null;
    }
}

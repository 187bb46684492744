namespace HistoryBot.Core.Text.Questions;

/// <summary>A period as whole years, both ends included: 1983 is 1983–1983, "the 1980s" 1980–1989.</summary>
public readonly record struct YearRange(int From, int To)
{
    public bool Overlaps(YearRange other) => From <= other.To && other.From <= To;

    public override string ToString() => From == To ? From.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{From}–{To}";
}

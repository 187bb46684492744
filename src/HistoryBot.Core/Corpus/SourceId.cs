namespace HistoryBot.Core.Corpus;

/// <summary>The stable id of a source document, e.g. "why-ussr-not-accepted-into-nato.en".</summary>
public readonly record struct SourceId(string Value)
{
    public override string ToString() => Value;
}

using HistoryBot.Core.Chat;

namespace HistoryBot.Architecture.Tests.Samples;

/// <summary>Keeps every rule: a type that uses the core alone.</summary>
internal static class CoreTypeThatKnowsOnlyTheCore
{
    public static Reply Greeting() => Reply.Info("hello");
}

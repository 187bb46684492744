using Xunit;

namespace HistoryBot.Core.Tests.Facts;

/// <summary>The tests that read the shared facts index; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class FactsIndexCollection : ICollectionFixture<FactsIndexFixture>
{
    public const string Name = "Facts index";
}

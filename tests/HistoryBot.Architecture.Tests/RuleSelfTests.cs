using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace HistoryBot.Architecture.Tests;

/// <summary>
/// The rules must catch what they forbid: each is run against a sample type written to break it
/// (in the Samples namespace, standing in for a type of the core or of an adapter).
/// </summary>
public sealed class RuleSelfTests
{
    private static IObjectProvider<IType> Sample(string name) =>
        Types().That().HaveFullName($"HistoryBot.Architecture.Tests.Samples.{name}").As(name);

    [Theory]
    [InlineData("CoreTypeThatKnowsTelegram", "HistoryBot.Telegram.TelegramOptions")]
    [InlineData("CoreTypeThatKnowsAspNetCore", "Microsoft.AspNetCore.Http.HttpContext")]
    public void The_core_rule_fails_for_a_core_type_that_uses_a_forbidden_type(string sample, string forbidden)
    {
        // Arrange
        var rule = Layers.CoreStaysALibrary(Sample(sample));

        // Act
        var failure = Assert.ThrowsAny<Exception>(() => ArchUnitNET.xUnit.ArchRuleAssert.CheckRule(Layers.Loaded, rule));

        // Assert
        Assert.Contains(forbidden, failure.Message);
    }

    [Fact]
    public void The_adapter_rule_fails_for_an_adapter_type_that_uses_another_adapter()
    {
        // Arrange
        var rule = Layers.AdapterKnowsNoOtherAdapter(Sample("AdapterTypeThatKnowsDiscord"), Layers.TelegramAssembly);

        // Act
        var passes = rule.HasNoViolations(Layers.Loaded);

        // Assert
        Assert.False(passes);
    }

    [Fact]
    public void The_rules_pass_for_a_type_that_uses_only_the_core()
    {
        // Arrange
        var sample = Sample("CoreTypeThatKnowsOnlyTheCore");

        // Act
        var core = Layers.CoreStaysALibrary(sample).HasNoViolations(Layers.Loaded);
        var adapter = Layers.AdapterKnowsNoOtherAdapter(sample, Layers.TelegramAssembly).HasNoViolations(Layers.Loaded);

        // Assert
        Assert.True(core);
        Assert.True(adapter);
    }
}

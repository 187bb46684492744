using HistoryBot.Testing;
using Xunit;

namespace HistoryBot.Telegram.Tests.Fakes;

public sealed class SpecCheckTests
{
    // Skipped, with its reason, when the spec is absent: the one visible line saying so.
    [SpecFact("telegram/api.json")]
    public void Payloads_are_checked_against_the_official_Telegram_Bot_API_spec()
    {
        Assert.NotNull(BotApiSpec.Load());
    }

    [Fact]
    public void An_absent_spec_is_reported_as_a_skipped_check_naming_it_unless_specs_are_required()
    {
        var attribute = new SpecFactAttribute("telegram/no-such-spec.json");

        if (RepoPaths.SpecsRequired)
            Assert.Null(attribute.Skip);
        else
            Assert.Contains("telegram/no-such-spec.json", attribute.Skip);
    }
}

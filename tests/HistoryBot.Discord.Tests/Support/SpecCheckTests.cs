using HistoryBot.Testing;
using Xunit;

namespace HistoryBot.Discord.Tests.Support;

public sealed class SpecCheckTests
{
    // Skipped, with its reason, when the spec is absent: the one visible line saying so.
    [SpecFact("discord/openapi.json")]
    public void Payloads_are_checked_against_the_official_Discord_OpenAPI_spec()
    {
        Assert.NotNull(OpenApiSpec.Shared);
    }
}

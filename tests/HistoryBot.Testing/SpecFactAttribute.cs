using Xunit;

namespace HistoryBot.Testing;

/// <summary>
/// The test that says whether payloads were checked against an official API spec in this run.
/// Without the spec (../shared/specs is absent and HISTORYBOT_SPECS_DIR unset) it is reported as
/// skipped, with the reason: one visible line in the test output instead of checks that quietly
/// pass. With HISTORYBOT_REQUIRE_SPECS=1 it runs, and an absent spec fails it.
/// </summary>
public sealed class SpecFactAttribute : FactAttribute
{
    public SpecFactAttribute(string relativePath)
    {
        if (!RepoPaths.SpecExists(relativePath) && !RepoPaths.SpecsRequired)
        {
            Skip = $"API spec {relativePath} not found in {RepoPaths.SpecsDirectory}: payloads were NOT checked against it " +
                "(put the specs in ../shared/specs beside the checkout or set HISTORYBOT_SPECS_DIR)";
        }
    }
}

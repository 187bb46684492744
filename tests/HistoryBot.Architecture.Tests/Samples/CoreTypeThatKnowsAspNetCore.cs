using Microsoft.AspNetCore.Http;

namespace HistoryBot.Architecture.Tests.Samples;

/// <summary>Breaks the core's rule on purpose: a core type that handles an HTTP request.</summary>
internal static class CoreTypeThatKnowsAspNetCore
{
    public static int StatusOf(HttpContext context) => context.Response.StatusCode;
}

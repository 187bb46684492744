using System.Text.RegularExpressions;
using HistoryBot.Hosting;

namespace HistoryBot.Cli;

/// <summary>
/// Turns a configuration value the binder cannot convert ("ten" for a number, "Foo" for a mode)
/// into one line naming the key, its environment variable, the bad value and what is allowed.
/// </summary>
internal static partial class ConfigurationErrors
{
    /// <summary>The one-line message, or null when <paramref name="exception"/> is not a conversion failure.</summary>
    public static string? Describe(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            var match = ConversionFailure().Match(current.Message);
            if (!match.Success)
                continue;
            var (value, key, type) = (match.Groups["value"].Value, match.Groups["key"].Value, match.Groups["type"].Value);
            // Secrets are never echoed, not even when mistyped.
            var shown = key.Contains("Token", StringComparison.OrdinalIgnoreCase) || key.Contains("Secret", StringComparison.OrdinalIgnoreCase)
                ? "(hidden)"
                : $"\"{value}\"";
            return $"Configuration error: {key} ({BotHost.EnvironmentPrefix}{key.Replace(":", "__")}) is {shown}; allowed: {Allowed(type)}.";
        }
        return null;
    }

    private static string Allowed(string typeName)
    {
        var type = AppDomain.CurrentDomain.GetAssemblies().Select(assembly => assembly.GetType(typeName)).FirstOrDefault(found => found is not null);
        if (type is not null && Nullable.GetUnderlyingType(type) is { } underlying)
            type = underlying;
        return type switch
        {
            { IsEnum: true } => "one of " + string.Join(", ", Enum.GetNames(type)),
            _ when type == typeof(int) || type == typeof(long) => "a whole number",
            _ when type == typeof(double) => "a number",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(TimeSpan) => "a duration as hh:mm:ss or d.hh:mm:ss",
            _ => $"a value of type {typeName}",
        };
    }

    [GeneratedRegex(@"Failed to convert configuration value '(?<value>.*)' at '(?<key>[^']+)' to type '(?<type>[^']+)'", RegexOptions.Singleline)]
    private static partial Regex ConversionFailure();
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace HistoryBot.Discord;

/// <summary>
/// A Discord id (user, channel, guild, message, interaction…). Typed so a channel id is never
/// passed where a message id belongs; on the wire it is a decimal string.
/// </summary>
[JsonConverter(typeof(SnowflakeJsonConverter))]
public readonly partial record struct Snowflake(ulong Value)
{
    public static Snowflake Parse(string text) =>
        TryParse(text, out var snowflake)
            ? snowflake
            : throw new FormatException($"'{text}' is not a Discord id (a positive whole number).");

    public static bool TryParse([NotNullWhen(true)] string? text, out Snowflake snowflake)
    {
        if (ulong.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            snowflake = new Snowflake(value);
            return true;
        }
        snowflake = default;
        return false;
    }

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

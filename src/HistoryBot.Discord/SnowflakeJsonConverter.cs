using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HistoryBot.Discord;

/// <summary>Snowflakes travel as strings (they overflow JavaScript numbers); numbers are accepted too.</summary>
internal sealed class SnowflakeJsonConverter : JsonConverter<Snowflake>
{
    public override Snowflake Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetUInt64(out var number))
            return new Snowflake(number);
        if (reader.TokenType == JsonTokenType.String
            && Utf8Parser.TryParse(reader.ValueSpan, out ulong value, out var consumed)
            && consumed == reader.ValueSpan.Length)
            return new Snowflake(value);
        throw new JsonException("Expected a Discord id (a string of digits).");
    }

    public override void Write(Utf8JsonWriter writer, Snowflake value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}

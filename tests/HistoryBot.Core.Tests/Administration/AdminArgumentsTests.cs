using HistoryBot.Core.Administration;
using Xunit;

namespace HistoryBot.Core.Tests.Administration;

public sealed class AdminArgumentsTests
{
    [Theory]
    [InlineData("title=\"Notes from Geneva\" lang=en", "", "Notes from Geneva", "en")]
    [InlineData("\"/tmp/my uploads/notes.txt\" title=“Ženevos užrašai” LANG=lt", "/tmp/my uploads/notes.txt", "Ženevos užrašai", "lt")]
    [InlineData("title=„Notițe de la Geneva“ language=ro", "", "Notițe de la Geneva", "ro")]
    [InlineData("notes.txt", "notes.txt", null, null)]
    [InlineData("\"title=not a key.txt\"", "title=not a key.txt", null, null)]
    public void Words_titles_and_languages_are_read_with_any_kind_of_quotes(string text, string firstWord, string? title, string? language)
    {
        // Act
        var ok = AdminArguments.TryParse(text, out var arguments, out var error);

        // Assert
        Assert.True(ok, error);
        Assert.Equal(firstWord, arguments.Words.FirstOrDefault() ?? "");
        Assert.Equal(title, arguments.Title);
        Assert.Equal(language, arguments.Language);
    }

    [Fact]
    public void An_unclosed_quote_is_an_error()
    {
        // Act
        var ok = AdminArguments.TryParse("title=\"Notes from Geneva lang=en", out _, out var error);

        // Assert
        Assert.False(ok);
        Assert.Equal("a quotation mark is not closed", error);
    }
}

using System.Text;
using HistoryBot.Core.Corpus;
using HistoryBot.Core.Text;
using HistoryBot.Testing;

namespace HistoryBot.Core.Tests.Corpus;

public sealed class CorpusLoaderTests
{
    private readonly CorpusLoader _loader = new(new LanguageDetector());

    [Fact]
    public void The_committed_library_loads_five_sources_in_four_languages()
    {
        var corpus = _loader.Load(RepoPaths.Sources);

        Assert.Equal(5, corpus.Sources.Count);
        Assert.Empty(corpus.Skipped);
        Assert.Equal(["en", "lt", "ro", "tl"], corpus.Paragraphs.Select(p => p.Language).Distinct().Order());
        Assert.All(corpus.Sources, source => Assert.True(source.ParagraphCount >= 5, source.Id.Value));
    }

    [Theory]
    [InlineData("Video:")]
    [InlineData("Watch the video")]
    [InlineData("Recommended:")]
    [InlineData("Popular Categories")]
    [InlineData("Table of contents")]
    [InlineData("Political poster of the 70-80s")]
    [InlineData("Anonim")]
    public void Page_furniture_never_becomes_a_paragraph_or_a_section(string furniture)
    {
        var corpus = _loader.Load(RepoPaths.Sources);

        Assert.DoesNotContain(corpus.Paragraphs, p => p.Text.StartsWith(furniture, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(corpus.Paragraphs, p => p.Section?.StartsWith(furniture, StringComparison.OrdinalIgnoreCase) == true);
    }

    [Fact]
    public void The_repeated_title_of_a_table_of_contents_is_not_a_paragraph()
    {
        var corpus = _loader.Load(RepoPaths.Sources);

        var english = corpus.Paragraphs.Where(p => p.SourceId.Value == "why-ussr-not-accepted-into-nato.en").ToList();
        Assert.StartsWith("The long-term rivalry", english[0].Text);
        Assert.Equal(1, english[0].Number);
        Assert.DoesNotContain(english, p => p.Text == "Why The USSR Was Not Accepted Into NATO");
    }

    [Fact]
    public void Paragraphs_carry_their_section_heading()
    {
        var corpus = _loader.Load(RepoPaths.Sources);

        var refusal = Assert.Single(corpus.Paragraphs, p => p.Text.StartsWith("On May 7, 1954"));
        Assert.Equal("Refusal of the USSR to join NATO", refusal.Section);
        var lithuanian = Assert.Single(corpus.Paragraphs, p => p.Text.StartsWith("1954 m. Gegužės 7 d."));
        Assert.Equal("SSRS atsisakymas stoti į NATO", lithuanian.Section);
    }

    [Fact]
    public void A_plain_text_file_without_metadata_loads_with_detected_language_and_title()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("pactul.txt"), "Pactul de la Varșovia\n\nÎn 1955 la Varșovia au semnat un acord de prietenie între URSS și țările socialiste europene.\n");

        var corpus = _loader.Load(temp.Path);

        var source = Assert.Single(corpus.Sources);
        Assert.Equal("pactul", source.Id.Value);
        Assert.Equal("Pactul de la Varșovia", source.Title);
        Assert.Equal("ro", source.Language);
        Assert.False(source.HasMetadata);
        Assert.Single(corpus.Paragraphs);
    }

    [Fact]
    public void Bad_files_are_skipped_with_a_reason_that_names_them_and_the_rest_still_load()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("good.txt"), "A good document about the Warsaw Pact, signed in 1955.");
        File.WriteAllBytes(temp.Combine("binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]);
        File.WriteAllText(temp.Combine("empty.txt"), "   \n\n");
        File.WriteAllBytes(temp.Combine("latin1.txt"), Encoding.Latin1.GetBytes("Vilnius \u00e9t\u00e9 r\u00e9sum\u00e9 caf\u00e9"));
        File.WriteAllText(temp.Combine("headings.md"), "# Only a heading\n");

        var corpus = _loader.Load(temp.Path);

        Assert.Equal("good", Assert.Single(corpus.Sources).Id.Value);
        Assert.Contains(corpus.Skipped, s => s.File == "binary.txt" && s.Reason.Contains("binary"));
        Assert.Contains(corpus.Skipped, s => s.File == "empty.txt" && s.Reason.Contains("empty"));
        Assert.Contains(corpus.Skipped, s => s.File == "latin1.txt" && s.Reason.Contains("UTF-8"));
        Assert.Contains(corpus.Skipped, s => s.File == "headings.md" && s.Reason.Contains("no paragraphs"));
    }

    [Fact]
    public void A_source_listed_in_the_catalog_but_missing_is_skipped()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("present.txt"), "The Warsaw Pact was signed in 1955 by eight countries.");
        SourceCatalog.Write(temp.Path, new SourceCatalogFile
        {
            Sources = [new SourceEntry { Id = "gone", File = "gone.txt", Title = "Gone", Language = "en" }],
        });

        var corpus = _loader.Load(temp.Path);

        Assert.Equal("present", Assert.Single(corpus.Sources).Id.Value);
        Assert.Contains(corpus.Skipped, s => s.File == "gone.txt" && s.Reason.Contains("missing"));
    }

    [Fact]
    public void Combining_marks_with_nothing_to_sit_on_neither_break_a_file_nor_the_others()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("good.txt"), "A good document about the Warsaw Pact, signed in 1955.");
        File.WriteAllText(temp.Combine("mark.txt"), " \u0301 ");
        File.WriteAllText(temp.Combine("marks-inside.txt"), "The treaty \u0301 was signed \u0301\u0302 in Warsaw in 1955.\n");

        var corpus = _loader.Load(temp.Path);

        Assert.Equal(["good", "marks-inside"], corpus.Sources.Select(source => source.Id.Value).Order());
        Assert.Contains(corpus.Skipped, s => s.File == "mark.txt" && s.Reason.Contains("no paragraphs"));
    }
}

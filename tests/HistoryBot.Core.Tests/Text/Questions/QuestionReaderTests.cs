using HistoryBot.Core.Text;
using HistoryBot.Core.Text.Questions;

namespace HistoryBot.Core.Tests.Text.Questions;

public sealed class QuestionReaderTests
{
    [Theory]
    [InlineData("When did it happen?", QuestionIntent.When)]
    [InlineData("wen did it happen", QuestionIntent.When)]
    [InlineData("In what year was it signed?", QuestionIntent.When)]
    [InlineData("What exact day did they meet?", QuestionIntent.When)]
    [InlineData("What exactly did they say?", QuestionIntent.None)]
    [InlineData("Kurią 1942 m. dieną jie pasirašė sutartį?", QuestionIntent.When)]
    [InlineData("Kokių metų sutartį minėjo sovietai?", QuestionIntent.When)]
    [InlineData("Kada tai įvyko?", QuestionIntent.When)]
    [InlineData("kurią dieną jie pasakė ne?", QuestionIntent.When)]
    [InlineData("Kurį mėnesį tai įvyko?", QuestionIntent.When)]
    [InlineData("Kokį mėnesį tai prasidėjo?", QuestionIntent.When)]
    [InlineData("kokiais metais buvo pasirašyta?", QuestionIntent.When)]
    [InlineData("kelan nangyari ito", QuestionIntent.When)]
    [InlineData("Când a fost semnat?", QuestionIntent.When)]
    [InlineData("Who signed it?", QuestionIntent.Who)]
    [InlineData("Cine a semnat?", QuestionIntent.Who)]
    [InlineData("sinu ang pumirma", QuestionIntent.Who)]
    [InlineData("Why was it refused?", QuestionIntent.Why)]
    [InlineData("Kodėl atsisakė?", QuestionIntent.Why)]
    [InlineData("De ce a refuzat?", QuestionIntent.Why)]
    [InlineData("Bakit tumanggi?", QuestionIntent.Why)]
    [InlineData("Where was the headquarters?", QuestionIntent.Where)]
    [InlineData("Saan ang punong tanggapan?", QuestionIntent.Where)]
    [InlineData("How many enterprises were built?", QuestionIntent.HowMany)]
    [InlineData("Câte state au aderat?", QuestionIntent.HowMany)]
    [InlineData("Magkano ang ginastos ng USSR sa Aswan?", QuestionIntent.HowMany)]
    [InlineData("how deep into soviet airspace did the plane get?", QuestionIntent.HowMany)]
    [InlineData("What was the flight number of the Korean plane?", QuestionIntent.HowMany)]
    [InlineData("what is the population of Romania", QuestionIntent.HowMany)]
    [InlineData("What was the name of the French ambassador?", QuestionIntent.None)]
    [InlineData("Kas vadovavo Varšuvos pakto pajėgoms?", QuestionIntent.Who)]
    [InlineData("kas sugadino sąjungininkų draugystę po karo?", QuestionIntent.None)]
    [InlineData("What did Reagan call the USSR?", QuestionIntent.None)]
    [InlineData("What happened when Stalin died?", QuestionIntent.None)]
    [InlineData("ce făceau americanii cât timp URSS aștepta răspuns?", QuestionIntent.None)]
    [InlineData("Was Stalin alive when the USSR applied?", QuestionIntent.None)]
    [InlineData("How and when did it happen?", QuestionIntent.When)]
    [InlineData("Kas pasirašė Varšuvos paktą?", QuestionIntent.None)]
    public void The_question_word_gives_the_intent_in_every_language(string question, QuestionIntent expected)
    {
        Assert.Equal(expected, QuestionReader.Read(question).Intent);
    }

    [Theory]
    [InlineData("What came out of the standoff between the blocs?")]
    [InlineData("How mayn enterprises were built?")]
    public void A_word_inside_the_question_one_letter_off_a_question_word_is_no_question_word(string question)
    {
        // "came" is one letter off Romanian "câte", "mayn" off "saan": only the opening word may be a misspelt question word ("wen did…").
        Assert.Equal(QuestionIntent.None, QuestionReader.Read(question).Intent);
    }

    [Theory]
    [InlineData("who signed the 1942 treaty on behalf of Britain?", true)]
    [InlineData("who spoke for the soviet side?", true)]
    [InlineData("Cine a semnat tratatul din 1963 din partea americanilor?", true)]
    [InlineData("cine a semnat tratatul în numele URSS?", true)]
    [InlineData("kas iš britų pusės pasirašė tą sutartį?", true)]
    [InlineData("kas pasirašė sutartį sovietų pusėje?", true)]
    [InlineData("sino ang pumirma sa panig ng Britain?", true)]
    [InlineData("who represented the soviet union at the berlin meeting?", true)]
    [InlineData("Kas atstovavo SSRS Berlyno susitikime?", true)]
    [InlineData("how did khrushchev try to get into nato through the side door", false)]
    [InlineData("who signed the 1942 treaty?", false)]
    [InlineData("Cine a semnat tratatul din 1963?", false)]
    public void A_question_about_who_acted_for_a_side_asks_for_a_person(string question, bool asks)
    {
        Assert.Equal(asks, QuestionReader.Read(question).AsksRepresentative);
    }

    [Theory]
    [InlineData("how many soldiers did the warsaw pact have?", "soldiers")]
    [InlineData("kiek karių turėjo Varšuvos paktas?", "kariu")]
    [InlineData("câți soldați avea Pactul de la Varșovia?", "soldati")]
    [InlineData("ilang mga sundalo ang meron sila?", "sundalo")]
    [InlineData("How many countries signed the Warsaw Pact?", null)]
    [InlineData("câte țări au semnat tratatul?", null)]
    [InlineData("who counted the soldiers?", null)]
    public void A_count_question_names_what_it_counts_unless_it_counts_countries(string question, string? counted)
    {
        Assert.Equal(counted, QuestionReader.Read(question).CountedWord);
    }

    [Theory]
    [InlineData("what was the 1953 speech called", true)]
    [InlineData("What was the name of the French ambassador?", true)]
    [InlineData("Kaip vadinosi ta sutartis?", true)]
    [InlineData("cum se numea legea americană?", true)]
    [InlineData("Ano ang pangalan ng kasunduan?", true)]
    [InlineData("What did Reagan call the USSR?", false)]
    [InlineData("Kaip Reiganas pavadino SSRS?", false)]
    [InlineData("Cum a numit Reagan Uniunea Sovietică?", false)]
    [InlineData("who named the new bloc?", false)]
    public void A_question_about_what_a_thing_was_called_is_told_from_what_someone_called_something(string question, bool asks)
    {
        var reading = QuestionReader.Read(question);

        Assert.Equal(asks, reading.AsksThingName);
        // The asking word is no search word: "called" is not "chemate" (summoned).
        Assert.Equal(asks, reading.FramingWords.Overlaps(["called", "name", "vadinosi", "numea", "pangalan"]));
    }

    [Theory]
    [InlineData("which countries were in seato", true)]
    [InlineData("Ce țări făceau parte din SEATO?", true)]
    [InlineData("Kokios šalys pasirašė Varšuvos paktą?", true)]
    [InlineData("anong mga bansa ang tumanggi?", true)]
    [InlineData("What did the countries of the West decide?", false)]
    [InlineData("Why did the states refuse?", false)]
    public void A_question_that_asks_which_countries_is_read_by_its_opening(string question, bool asks) =>
        Assert.Equal(asks, QuestionReader.Read(question).AsksCountries);

    [Theory]
    [InlineData("Under Khrushchev, how did the USSR try to get into NATO?")]
    [InlineData("were the soviets serious about joining?")]
    public void An_opening_function_word_one_letter_off_a_question_word_is_no_question_word(string question)
    {
        // "under" is one letter off Romanian "unde" (where), "were" off "where": both are words of their own.
        Assert.Equal(QuestionIntent.None, QuestionReader.Read(question).Intent);
    }

    [Theory]
    [InlineData("Who tried again in the 1980s?", 1980, 1989)]
    [InlineData("who was behind the 80s attempt", 1980, 1989)]
    [InlineData("Cine a încercat în anii '80?", 1980, 1989)]
    [InlineData("Sino ang sumubok noong dekada 80?", 1980, 1989)]
    [InlineData("Kas 1980-aisiais vėl bandė?", 1980, 1989)]
    [InlineData("Kas devintajame dešimtmetyje vėl bandė?", 1980, 1989)]
    [InlineData("Kas devintojo dešimtmečio pradžioje vėl bandė?", 1980, 1989)]
    [InlineData("kas 9-ojo dešimtmečio pradžioje vėl bandė?", 1980, 1989)]
    [InlineData("Kas 1980-aisias vėl bandė?", 1980, 1989)]
    [InlineData("Sino ang sumubok noong dekfda 80?", 1980, 1989)]
    [InlineData("Ce s-a întâmplat la sfârșitul anilro '50?", 1950, 1959)]
    [InlineData("Kas 6 dešimtmetyje pasirašė sutartį?", 1950, 1959)]
    [InlineData("What happened in 1983?", 1983, 1983)]
    [InlineData("Under Khrushchev, what changed?", 1953, 1964)]
    [InlineData("Ce s-a schimbat sub Hrușciov?", 1953, 1964)]
    [InlineData("What went wrong after the war?", 1945, 1960)]
    [InlineData("what did the soviets and japan agree on in 56", 1956, 1956)]
    [InlineData("ce tratat a semnat moscova în '63?", 1963, 1963)]
    [InlineData("ano ang nangyari noong 56?", 1956, 1956)]
    [InlineData("what went wrong with china at the end of the fifties?", 1950, 1959)]
    [InlineData("ce s-a schimbat în anii cincizeci?", 1950, 1959)]
    public void Years_decades_leaders_and_after_the_war_give_a_period(string question, int from, int to)
    {
        Assert.Equal(new YearRange(from, to), QuestionReader.Read(question).Period);
    }

    [Fact]
    public void A_question_without_a_period_has_none_and_a_leader_without_under_is_no_period()
    {
        Assert.Null(QuestionReader.Read("What did Khrushchev order?").Period);
        Assert.Null(QuestionReader.Read("Who signed the pact?").Period);
        // A two-digit number inside the question is a count, not a year.
        Assert.Null(QuestionReader.Read("Which treaty did 56 states sign?").Period);
        Assert.Null(QuestionReader.Read("Were there 70 countries in 56 blocs?").Period);
        // Romanian "cincizeci" alone is fifty, a count; after "anii" it is the fifties.
        Assert.Null(QuestionReader.Read("au murit cincizeci de soldați?").Period);
    }

    [Theory]
    [InlineData("gaano katagal naging lider si Andropov?", "katagal")]
    [InlineData("gaano kalayo pumasok ang Boeing?", "kalayo")]
    public void A_tagalog_how_much_question_frames_its_measure(string question, string measure)
    {
        var reading = QuestionReader.Read(question);

        Assert.Equal(QuestionIntent.HowMany, reading.Intent);
        Assert.Contains(measure, reading.FramingWords);
    }

    [Theory]
    [InlineData("wen did the ussr get refused by nato, exact date??", new[] { "exact", "date" }, "nato")]
    [InlineData("kada SSRS paprašė priimti ją į NATO, tiksli data?", new[] { "tiksli", "data" }, "nato")]
    [InlineData("kailan humiling ang USSR na sumali sa NATO, anong petsa", new[] { "petsa" }, "nato")]
    public void A_when_question_ending_on_the_date_it_asks_frames_that_date(string question, string[] framing, string searched)
    {
        var reading = QuestionReader.Read(question);

        Assert.Equal(QuestionIntent.When, reading.Intent);
        Assert.All(framing, word => Assert.Contains(word, reading.FramingWords));
        Assert.DoesNotContain(searched, reading.FramingWords);
    }

    [Fact]
    public void A_date_noun_ends_only_a_when_question_as_framing()
    {
        Assert.DoesNotContain("date", QuestionReader.Read("Why did the West pick that date").FramingWords);
    }

    [Fact]
    public void Question_and_period_words_are_framing_not_search_words()
    {
        var reading = QuestionReader.Read("wen did the soviets apply in the 1950s");

        Assert.Contains("wen", reading.FramingWords);
        Assert.Contains("1950s", reading.FramingWords);
        Assert.DoesNotContain("soviets", reading.FramingWords);
    }

    [Theory]
    [InlineData("Why did the Soviet-Chinese relationship sour in the late 50s?", "late", "sour")]
    [InlineData("who did stalin sit down with in the summer of 1952?", "summer", "sit")]
    [InlineData("De ce s-au stricat relațiile la sfârșitul anilor '50?", "sfarsitul", "stricat")]
    [InlineData("Bakit lumala ang relasyon noong huling bahagi ng dekada 50?", "huling", "lumala")]
    [InlineData("Kas nutiko 1954 m. pabaigoje?", "pabaigoje", "nutiko")]
    [InlineData("Kas devintojo dešimtmečio pradžioje vėl bandė?", "pradzioje", "bande")]
    [InlineData("kas 9-ojo dešimtmečio pradžioje vėl bandė?", "ojo", "bande")]
    [InlineData("Sino ang sumubok noong dekfda 80?", "dekfda", "sumubok")]
    public void Words_that_place_a_time_within_a_period_are_framing_when_they_stand_beside_it(string question, string modifier, string asked)
    {
        var reading = QuestionReader.Read(question);

        Assert.NotNull(reading.Period);
        Assert.Contains(modifier, reading.FramingWords);
        Assert.DoesNotContain(asked, reading.FramingWords);
    }

    [Fact]
    public void A_period_word_away_from_the_period_stays_a_search_word()
    {
        var reading = QuestionReader.Read("What was said late at night in Berlin about NATO in 1954?");

        Assert.DoesNotContain("late", reading.FramingWords);
    }
}

using HistoryBot.Core.Text;
using HistoryBot.Core.Text.Questions;

namespace HistoryBot.Core.Tests.Text.Questions;

public sealed class AnswerShapeTests
{
    private static readonly HashSet<string> NoWords = [];

    /// <summary>The question's words, folded, as the judge passes them.</summary>
    private static HashSet<string> QuestionWords(string question) =>
        Tokenizer.Tokenize(question).Select(token => token.Folded).ToHashSet(StringComparer.Ordinal);

    [Theory]
    [InlineData("en", "In early 1954 the ministers met in Berlin to talk.", "berlin")]
    [InlineData("en", "The headquarters was at Moscow, near Kuntsevo.", "moscow kuntsevo")]
    [InlineData("en", "He spoke in April. It notes that Britain joined the alliance in NATO.", "")]
    [InlineData("en", "The appeal went to the government of England.", "")]
    [InlineData("ro", "În 1955 la Varșovia au semnat tratatul, iar rachetele erau în Cuba și în URSS.", "varsovia cuba")]
    [InlineData("lt", "Joje pažymima, kad štabas yra Maskvoje, o ministrai susitiko Berlyne.", "maskvoje berlyne")]
    [InlineData("lt", "Gegužės 14 d. Didžiosios Britanijos vyriausybė kreipėsi.", "")]
    [InlineData("tl", "Nagpulong ang mga ministro sa Berlin at sa NATO.", "berlin")]
    public void A_place_is_a_name_after_a_word_of_place_or_in_the_lithuanian_locative(string language, string text, string places)
    {
        // "Joje" (in it) opens its sentence; a month, a body in capitals and a name after "of" or "to" are no place where something is.
        Assert.Equal(places, string.Join(' ', AnswerShape.Places(text, Tokenizer.Tokenize(text), language)));
    }

    [Theory]
    [InlineData("berlin", "where did the ministers meet", true)]
    [InlineData("berlin", "where in Berlin did they meet", false)]
    [InlineData("berlyne", "kur Berlynas buvo padalytas", false)]
    [InlineData("india", "where in the world did they build it", true)]
    public void A_place_the_question_names_in_any_case_is_no_new_place(string place, string question, bool isNew)
    {
        // "Berlyne" shares its first four letters with "Berlynas"; a short word ("in") is no name.
        var words = QuestionWords(question);

        Assert.Equal(isNew, AnswerShape.HasNewPlace([place], words));
    }

    [Theory]
    [InlineData("O alianță cu mai multe țări din Orientul Mijlociu (CENTO).", true)]
    [InlineData("In 1952 Stalin met the ambassador Louis Jocks.", true)]
    [InlineData("It notes that the USSR contradicts the 1942 treaty.", false)]
    [InlineData("He ended his speech on April 16 with the words: \"We are ready\".", false)]
    [InlineData("The Soviet authorities heard the speech.", false)]
    [InlineData("In the Soviet Union a law was adopted.", false)]
    [InlineData("Leadershipul țării, condus de NS. Hrușciov, a văzut…", true)]
    public void A_thing_name_is_a_capitalised_word_inside_a_sentence_or_a_body_in_brackets(string text, bool named)
    {
        // "Soviet" is a people (the lexicon's places and peoples are passed as isPlace), and "Union" beside it part of the
        // place's name; "Stalin" and "treaty" are the question's own.
        HashSet<string> question = ["what", "was", "the", "treaty", "stalin", "called"];

        Assert.Equal(named, AnswerShape.HasNewThingName(text, Tokenizer.Tokenize(text), question, folded => folded == "soviet"));
    }

    [Fact]
    public void A_when_question_fits_a_text_with_a_year_or_a_decade_and_not_a_text_without_a_time()
    {
        Assert.Equal(1, AnswerShape.Fit(QuestionIntent.When, "On May 7, 1954, they refused.", NoWords));
        Assert.Equal(1, AnswerShape.Fit(QuestionIntent.When, "In the early 80s another attempt was made.", NoWords));
        Assert.Equal(0, AnswerShape.Fit(QuestionIntent.When, "They refused the proposal.", NoWords));
        Assert.Equal(0, AnswerShape.Fit(QuestionIntent.When, "The leader's death changed nothing.", NoWords));
    }

    [Theory]
    [InlineData("when did a chance to improve relations appear?", "A new moment appeared only after the death of the \"leader\".", 1)]
    [InlineData("kada atsirado proga pagerinti santykius?", "Naujas momentas atsirado tik mirus „lyderiui“.", 1)]
    [InlineData("kada atsirado proga pagerinti santykius?", "Proga atsirado JAV į valdžią atėjus Eisenhoweriui.", 1)]
    [InlineData("când s-a ivit o șansă?", "Șansa a apărut abia după moartea lui Stalin.", 1)]
    [InlineData("kailan lumitaw ang pagkakataon?", "Lumitaw lamang ito pagkamatay ng \"pinuno\".", 1)]
    [InlineData("when did Stalin die?", "A new moment appeared only after the death of the \"leader\".", 0)]
    [InlineData("kada mirė Stalinas?", "Naujas momentas atsirado tik mirus „lyderiui“.", 0)]
    [InlineData("when did Eisenhower come to power?", "Relations changed after Eisenhower came to power.", 0)]
    [InlineData("what year did a chance appear?", "A new moment appeared only after the death of the \"leader\".", 0)]
    [InlineData("when was NATO founded?", "The allies had a chance of prolongation after the end of the war.", 0)]
    public void A_when_question_fits_a_time_told_by_a_death_or_a_coming_to_power_unless_it_asks_about_one(string question, string text, double fit)
    {
        // Act
        var words = QuestionWords(question);

        // Assert: "after the death of the leader" dates what its sentence tells, not the death; "what year" needs a year.
        Assert.Equal(fit, AnswerShape.Fit(QuestionIntent.When, text, words));
    }

    [Fact]
    public void A_time_told_by_a_death_answers_in_its_own_sentence_not_in_a_whole_paragraph()
    {
        // Arrange: the paragraph's first sentence tells the event asked about, its second a time of something else.
        const string paragraph = "NATO was created despite the Soviets. A new moment appeared only after the death of the leader.";
        var words = QuestionWords("when was NATO created?");

        // Act
        var asParagraph = AnswerShape.Fit(QuestionIntent.When, new ShapedText(paragraph, oneSentence: false), words);
        var asSentence = AnswerShape.Fit(QuestionIntent.When, new ShapedText("A new moment appeared only after the death of the leader."), words);

        // Assert
        Assert.Equal(0, asParagraph);
        Assert.Equal(1, asSentence);
    }

    [Theory]
    [InlineData("what year was CENTO formed?", "In the mid-50s CENTO was formed.", 0)]
    [InlineData("what year was CENTO formed?", "CENTO was formed in 1955.", 1)]
    [InlineData("în ce an a fost înființat CENTO?", "La mijlocul anilor '50 a fost creat CENTO.", 0)]
    [InlineData("kuriais metais buvo įkurta?", "Ji įkurta 1955 m.", 1)]
    [InlineData("what day did the USSR send its note?", "In 1954 the USSR sent a note.", 0)]
    [InlineData("what day did the USSR send its note?", "On March 31, 1954, the USSR sent a note.", 1)]
    [InlineData("anong petsa tinanggihan?", "Noong Mayo 7, 1954, tumanggi sila.", 1)]
    [InlineData("în ce zi au refuzat?", "În 1954 au refuzat.", 0)]
    [InlineData("what day did they refuse?", "In early May 1954 they refused.", 0)]
    [InlineData("what month did they refuse?", "In early May 1954 they refused.", 1)]
    [InlineData("what exact day in August 1952 did Stalin meet him?", "At the end of August 1952, Stalin met him.", 0)]
    [InlineData("what exact day in August 1952 did Stalin meet him?", "On August 21, 1952, Stalin met him.", 1)]
    [InlineData("when did an attempt fail?", "In the early 80s another attempt was made.", 1)]
    public void A_when_question_that_asks_a_year_or_a_day_fits_only_a_date_that_exact(string question, string text, double fit)
    {
        // Act
        var words = QuestionWords(question);

        // Assert: a decade is no year; a year alone is no day. "an" is a year only after Romanian "ce".
        Assert.Equal(fit, AnswerShape.Fit(QuestionIntent.When, text, words));
    }

    [Theory]
    [InlineData("magkano ang ginastos ng USSR sa aswan dam?", "Mahigit 6,000 na negosyo ang itinayo.", 0)]
    [InlineData("how much did the dam cost?", "The dam cost 300 million roubles.", 1)]
    [InlineData("kiek kainavo užtvanka?", "Pastatyta daugiau nei 6.000 įmonių.", 0)]
    [InlineData("how many factories got built abroad with soviet money?", "More than 6,000 enterprises were built.", 1)]
    public void A_how_much_question_about_money_fits_only_a_sum_in_a_currency(string question, string text, double fit)
    {
        // Act
        var words = QuestionWords(question);

        // Assert: a count of things is no cost; "money" in a count question asks no sum.
        Assert.Equal(fit, AnswerShape.Fit(QuestionIntent.HowMany, text, words));
    }

    [Fact]
    public void A_why_question_fits_a_causal_phrase_in_any_language()
    {
        Assert.Equal(1, AnswerShape.Fit(QuestionIntent.Why, "He was forced by cooling relations with China.", NoWords));
        Assert.Equal(1, AnswerShape.Fit(QuestionIntent.Why, "Ca răspuns, Uniunea Sovietică a refuzat.", NoWords));
        Assert.Equal(1, AnswerShape.Fit(QuestionIntent.Why, "Tarp priežasčių buvo pabrėžta.", NoWords));
        Assert.Equal(0, AnswerShape.Fit(QuestionIntent.Why, "The pact was signed in Warsaw.", NoWords));
    }

    [Fact]
    public void Who_and_where_need_a_name_the_question_does_not_already_give()
    {
        HashSet<string> question = ["stalin", "met"];

        Assert.Equal(1, AnswerShape.Fit(QuestionIntent.Who, "Stalin met the ambassador Louis Jocks.", question));
        Assert.Equal(0, AnswerShape.Fit(QuestionIntent.Who, "Stalin met the ambassador. The NATO bloc grew.", question));
    }

    [Fact]
    public void How_many_needs_a_number_that_is_not_a_year()
    {
        Assert.Equal(1, AnswerShape.Fit(QuestionIntent.HowMany, "About 6.000 enterprises were built in 1960.", NoWords));
        Assert.Equal(0, AnswerShape.Fit(QuestionIntent.HowMany, "Enterprises were built in 1960.", NoWords));
        Assert.Equal(0.5, AnswerShape.Fit(QuestionIntent.None, "Anything.", NoWords));
    }

    [Theory]
    [InlineData("On May 7, 1954, Molotov refused because of the Paris agreements.")]
    [InlineData("About 6.000 enterprises were built abroad with Soviet help.")]
    [InlineData("Kadangi SSRS pasiūlymas buvo atmestas, Maskva sukūrė Varšuvos paktą 1955 m.")]
    [InlineData("Nothing here.")]
    public void A_text_read_once_fits_every_intent_and_question_as_a_text_read_anew(string text)
    {
        // Arrange: one reading of the text, asked about again and again as a paragraph's sentence is.
        var shaped = new ShapedText(text);
        HashSet<string>[] questions = [NoWords, ["molotov", "1954"], ["6.000", "soviet"], ["maskva"]];

        foreach (var intent in Enum.GetValues<QuestionIntent>())
        {
            foreach (var words in questions)
            {
                // Act
                var first = AnswerShape.Fit(intent, shaped, words);
                var again = AnswerShape.Fit(intent, shaped, words);

                // Assert
                Assert.Equal(AnswerShape.Fit(intent, text, words), first);
                Assert.Equal(first, again);
            }
        }
        Assert.Equal(AnswerShape.HasDate(text), shaped.HasDate);
        Assert.Equal(AnswerShape.HasCause(text), shaped.HasCause);
    }

    [Fact]
    public void Years_decades_and_ranges_in_a_text_are_read_as_periods()
    {
        var periods = AnswerShape.Periods("Posters of the 70-80s; În anii 1954-1956; anilor '50.");

        Assert.Contains(new YearRange(1980, 1989), periods);
        Assert.Contains(new YearRange(1954, 1954), periods);
        Assert.Contains(new YearRange(1956, 1956), periods);
        Assert.Contains(new YearRange(1950, 1959), periods);
    }

    [Theory]
    [InlineData("La sfârșitul anilor '50 relațiile cu China au devenit mai complicate.", 1956, 1959)]
    [InlineData("In the early 80s another attempt was made.", 1980, 1983)]
    [InlineData("Au fost definite la mijlocul anilor '50.", 1953, 1956)]
    [InlineData("De la începutul anilor '50 în Statele Unite.", 1950, 1953)]
    [InlineData("Posters of the 80s.", 1980, 1989)]
    public void A_word_beside_a_decade_names_its_part(string text, int from, int to)
    {
        // Act
        var periods = AnswerShape.Periods(text);

        // Assert: "the late 50s" does not hold 1954.
        Assert.Equal([new YearRange(from, to)], periods);
    }

    [Theory]
    [InlineData("On May 14, 1955, the USSR and its allies sign the Warsaw Pact.", false)]
    [InlineData("1955 m. gegužės 14 d. SSRS pasirašė Varšuvos paktą.", false)]
    [InlineData("La 31 martie 1954 URSS a cerut aderarea.", false)]
    [InlineData("Noong Mayo 7, 1954, tumanggi ang Estados Unidos.", false)]
    [InlineData("The West sent 500 letters into the airspace of the Union.", true)]
    public void The_day_of_a_date_is_no_number_a_how_many_question_asks_for(string sentence, bool hasNumber)
    {
        Assert.Equal(hasNumber, AnswerShape.HasNumber(sentence, new HashSet<string>()));
    }

    [Theory]
    [InlineData("De la începutul anilor '50 în Statele Unite, a fost adoptată legea.", false)]
    [InlineData("In the early 80s another attempt was made to join NATO.", false)]
    [InlineData("It grew in the 1950s.", false)]
    [InlineData("Over the 50 years that followed, 70 powers signed.", true)]
    public void A_decade_is_no_number_a_how_many_question_asks_for(string sentence, bool hasNumber)
    {
        Assert.Equal(hasNumber, AnswerShape.HasNumber(sentence, new HashSet<string>()));
    }

    [Theory]
    [InlineData("how many people died", false)]
    [InlineData("ilan ang namatay", false)]
    [InlineData("how far did the plane fly", true)]
    [InlineData("kiek toli įskrido lėktuvas", true)]
    [InlineData("how many kilometers did it fly", true)]
    public void A_distance_answers_how_far_but_is_no_count(string question, bool hasNumber)
    {
        var words = QuestionWords(question);

        Assert.Equal(hasNumber, AnswerShape.HasNumber("The Boeing plunged 500 kilometers into the airspace of the Union.", words));
    }

    [Theory]
    [InlineData("On September 1, 1983, the South Korean Boeing 747 was shot down.", false)]
    [InlineData("On September 1, 1983, 747 people were on the Boeing.", true)]
    public void A_names_designation_is_no_count(string sentence, bool hasNumber)
    {
        Assert.Equal(hasNumber, AnswerShape.HasNumber(sentence, new HashSet<string>(["how", "many", "people", "died"])));
    }

    [Theory]
    [InlineData("On May 14, 1955, the USSR and seven states sign the Warsaw Pact.")]
    [InlineData("Într-un timp scurt, mai mult de o sută de state au aderat la Tratatul de la Moscova.")]
    [InlineData("Per kelerius metus buvo pastatyta šimtai įmonių.")]
    [InlineData("Dalawang dokumento ang ipinadala.")]
    public void A_count_written_as_a_word_is_a_number_a_how_many_question_asks_for(string sentence)
    {
        Assert.True(AnswerShape.HasNumber(sentence, new HashSet<string>()));
    }

    [Fact]
    public void One_is_no_count()
    {
        Assert.False(AnswerShape.HasNumber("It was one of the reasons for the refusal.", new HashSet<string>()));
    }
}

using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.Tests.BibTeX;

/// <summary>Fictional talks (never corpus records): a realistic site and hostile cases.</summary>
internal static class BibTeXFixtures
{
    public const string Owner = "Ingrid Sjöberg";

    public const string Site = "https://isjoberg.example.org";

    public static readonly Person Ingrid = new() { Given = "Ingrid", Family = "Sjöberg" };

    public static SiteInfo SiteInfo { get; } = new() { BaseUrl = Site, Owner = Owner };

    /// <summary>30 talks shaped like the seed site: one speaker, seminars and guest lectures, slides and event links, the "default" tag, three key clashes.</summary>
    public static IReadOnlyList<Talk> Realistic()
    {
        var rows = new (string Date, string Title, TalkKind Kind, string? Venue, string? Location)[]
        {
            ("2014-05-08", "Can computers understand language?", TalkKind.Talk, "Vetenskapsfestivalen", "Gothenburg, Sweden"),
            ("2014-11-04", "Automatic multi-document summarization", TalkKind.Seminar, "Chalmers University of Technology", "Gothenburg, Sweden"),
            ("2014-11-20", "Automatic summarization with submodular functions", TalkKind.Seminar, "Språkbanken, University of Gothenburg", null),
            ("2015-09-07", "Extractive summarization by aggregating multiple similarities", TalkKind.Contributed, "RANLP 2015", "Hissar, Bulgaria"),
            ("2015-11-05", "Deep learning and algorithms", TalkKind.Lecture, "Chalmers University of Technology", null),
            ("2015-11-12", "Machine learning on GPUs using Torch7", TalkKind.Tutorial, "Gothenburg ML meetup", "Gothenburg, Sweden"),
            ("2016-01-13", "Recurrent networks and sequence labelling", TalkKind.Lecture, "Chalmers", null),
            ("2016-02-18", "Attention models", TalkKind.Seminar, "Machine learning seminars at Chalmers", null),
            ("2016-06-07", "Modelling the world with RNNs", TalkKind.Invited, "Data Science Summit", "Stockholm, Sweden"),
            ("2016-09-22", "Character-based recurrent neural networks for morphological relational reasoning", TalkKind.Poster, "EMNLP workshop on subword and character level models", "Copenhagen, Denmark"),
            ("2016-10-06", "Deep learning guest lecture", TalkKind.Lecture, "University of Borås", "Borås, Sweden"),
            ("2017-02-02", "NIPS takeaways", TalkKind.Seminar, "Zenuity", "Gothenburg, Sweden"),
            ("2017-05-14", "Can we trust AI?", TalkKind.Panel, "Almedalen", "Visby, Sweden"),
            ("2018-09-05", "Generative adversarial networks for data privacy", TalkKind.Keynote, "Swedish Symposium on Deep Learning", "Gothenburg, Sweden"),
            ("2019-01-31", "Neural ordinary differential equations", TalkKind.Seminar, "Learning Machines Seminars at RISE", null),
            ("2019-01-31", "Neural ordinary differential equations", TalkKind.Seminar, "Deep learning journal club", null),
            ("2019-04-11", "Unsupervised pretraining for image processing", TalkKind.Seminar, "RISE", null),
            ("2019-09-26", "Convergence, generalization and privacy in GANs", TalkKind.Invited, "Workshop on Privacy in Machine Learning", "Lund, Sweden"),
            ("2019-11-11", "Privacy and limited data", TalkKind.Talk, "AI Sweden", "Gothenburg, Sweden"),
            ("2019-12-12", "Augmented neural ODEs", TalkKind.Seminar, "Learning Machines Seminars at RISE", null),
            ("2020-02-20", "Social bias in NLP", TalkKind.Seminar, "Learning Machines Seminars at RISE", null),
            ("2020-04-23", "Particle-based simulations with graph networks", TalkKind.Seminar, "RISE", null),
            ("2020-09-30", "AI in the public sector", TalkKind.Invited, "Västra Götalandsregionen", "Vänersborg, Sweden"),
            ("2020-11-05", "Uncertainty in deep learning", TalkKind.Seminar, "Learning Machines Seminars at RISE Research Institutes of Sweden", null),
            ("2020-11-27", "Social bias and fairness in NLP", TalkKind.Lecture, "University of Gothenburg", null),
            ("2021-01-20", "Learned representations of Östergötland weather", TalkKind.Seminar, "SMHI", "Norrköping, Sweden"),
            ("2021-09", "Royal Swedish Academy of Engineering Sciences: AI and society", TalkKind.Invited, "IVA", "Stockholm, Sweden"),
            ("2021-12-09", "AI for climate: a tutorial", TalkKind.Tutorial, "NeurIPS 2021 workshop on tackling climate change with ML", null),
            ("2022", "Bayesian deep learning in practice", TalkKind.Talk, null, null),
            ("2023-05-23", "Environmental data and deep learning", TalkKind.Keynote, "EUREF Symposium 2023", "Gothenburg, Sweden"),
        };

        var talks = new List<Talk>();
        for (var i = 0; i < rows.Length; i++)
        {
            var (date, title, kind, venue, location) = rows[i];
            Assert.True(TalkDate.TryParseIso(date, out var parsed), date);
            var slug = $"{date}-{i:D2}";
            talks.Add(new Talk
            {
                Title = title,
                Date = parsed,
                EndDate = i == 29 ? new TalkDate(2023, 5, 25) : null,
                Authors = i % 7 == 3 ? [Ingrid, new Person { Given = "Anna", Particle = "van der", Family = "Berg" }] : i % 5 == 4 ? [] : [Ingrid],
                Kind = kind,
                Venue = venue,
                Location = location,
                Tags = i % 3 == 0 ? ["default", "machine learning"] : ["default"],
                Links = new TalkLinks
                {
                    Page = i % 4 == 1 ? null : $"{Site}/talks/{slug}/",
                    Slides = i % 2 == 0 ? $"{Site}/talks/slides/sjoberg-{slug}.pdf" : null,
                    Video = i % 6 == 2 ? $"https://www.youtube.com/watch?v=abc{i}&list=PLx_{i}&index=3" : null,
                    Event = i % 3 == 1 ? $"https://events.example.org/seminars/{i}/" : null,
                },
                Source = new SourceLocation($"talks/_posts/{slug}.md"),
            });
        }

        return talks;
    }
}

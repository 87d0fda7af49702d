namespace TalkExport.Exporters.Csv.Importing;

/// <summary>What a column of an imported table holds.</summary>
internal enum CsvField
{
    /// <summary>title (both column sets).</summary>
    Title,

    /// <summary>date (both): ISO as our exporter writes it, or a spreadsheet's M/D/YY.</summary>
    Date,

    /// <summary>end_date (ours).</summary>
    EndDate,

    /// <summary>year (ours): the date when the row has no date.</summary>
    Year,

    /// <summary>authors (ours), joined with "; ".</summary>
    Authors,

    /// <summary>kind (ours): a kind id.</summary>
    KindId,

    /// <summary>kind_label (ours) and type (academicpages): a type phrase for the kind rules.</summary>
    KindPhrase,

    /// <summary>venue (both): the event.</summary>
    Venue,

    /// <summary>location (both): the place.</summary>
    Location,

    /// <summary>institution (ours).</summary>
    Institution,

    /// <summary>url (ours): the talk's page.</summary>
    Page,

    /// <summary>slides (ours).</summary>
    Slides,

    /// <summary>video (ours).</summary>
    Video,

    /// <summary>event_url (ours).</summary>
    Event,

    /// <summary>code (ours).</summary>
    Code,

    /// <summary>talk_url (academicpages): the slides when it names a file, else the event's page.</summary>
    SlidesOrEvent,

    /// <summary>tags (ours), joined with "; ".</summary>
    Tags,

    /// <summary>abstract (ours): plain text, paragraphs separated by a blank line.</summary>
    Abstract,

    /// <summary>description (academicpages): Markdown, the generated page's body.</summary>
    Description,

    /// <summary>language (ours).</summary>
    Language,

    /// <summary>bibtex (ours): the record's own BibTeX.</summary>
    BibTeX,

    /// <summary>url_slug (academicpages): the old page's file name; the model has no place for it.</summary>
    Slug,
}

using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Dialects.JekyllData;

/// <summary>
/// What an item of a data file's talk list knows besides its own keys: the year and month of the groups
/// it is listed under, and the lookups the site's layouts make from its keys into other data files.
/// </summary>
/// <param name="GroupDate">The date the groups name (<c>2024: - Oktober:</c> is 2024-10), or null.</param>
/// <param name="Lookups">The site's <c>where: "id"</c> lookups (empty when its layouts make none).</param>
internal sealed record DataItemScope(TalkDate? GroupDate, DataLookups Lookups);

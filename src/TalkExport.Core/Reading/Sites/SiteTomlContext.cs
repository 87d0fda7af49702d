using Tomlyn.Model;
using Tomlyn.Serialization;

namespace TalkExport.Core.Reading.Sites;

/// <summary>Source-generated TOML metadata for the untyped table model (no reflection, so Native AOT stays clean).</summary>
[TomlSerializable(typeof(TomlTable))]
internal sealed partial class SiteTomlContext : TomlSerializerContext
{
}

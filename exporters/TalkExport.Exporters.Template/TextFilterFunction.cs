using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace TalkExport.Exporters.Template;

/// <summary>A one-argument text filter: <c>{{ talk.title | latex_escape }}</c>, <c>{{ talk.links.page | latex_url }}</c>.</summary>
/// <remarks>A hand-written function rather than <c>ScriptObject.Import(delegate)</c>, which binds by reflection.</remarks>
internal sealed class TextFilterFunction(Func<string, string> filter) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "text");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var value = arguments.Count > 0 ? arguments[0] : null;
        return value is null ? "" : filter(context.ObjectToString(value) ?? "");
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}

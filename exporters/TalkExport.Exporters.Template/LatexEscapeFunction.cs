using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace TalkExport.Exporters.Template;

/// <summary>The <c>latex_escape</c> filter: <c>{{ talk.title | latex_escape }}</c>.</summary>
/// <remarks>A hand-written function rather than <c>ScriptObject.Import(delegate)</c>, which binds by reflection.</remarks>
internal sealed class LatexEscapeFunction : IScriptCustomFunction
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
        return value is null ? "" : LatexText.Escape(context.ObjectToString(value) ?? "");
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}

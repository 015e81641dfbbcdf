using CarePages.Core.Checks.Messages;

namespace CarePages.Umbraco.Publishing;

/// <summary>The publish gate's own lines in the editor's UI language (en, es, fr, de, ar); English when the language is missing.</summary>
internal static class PublishGateText
{
    public const string Category = "category";
    public const string Blocked = "blocked";
    public const string Warnings = "warnings";
    public const string Finding = "finding";
    public const string More = "more";
    public const string WholePage = "wholePage";
    public const string Unreadable = "unreadable";

    private static readonly Dictionary<string, Dictionary<string, string>> Texts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = new()
        {
            [Unreadable] = "Publishing was stopped: “{document}” ({culture}) could not be read for checking ({error}). Open the field it names, save it again, and publish.",
            [Category] = "Content checks",
            [Blocked] = "Publishing was stopped. Problems patients would meet in “{document}” ({culture}): {count}. Fix them and publish again.",
            [Warnings] = "Published with warnings. Problems worth fixing in “{document}” ({culture}): {count}.",
            [Finding] = "{culture} · {property}: {message} How to fix: {hint}",
            [More] = "{count} more findings are not listed here.",
            [WholePage] = "whole page",
        },
        ["es"] = new()
        {
            [Unreadable] = "Se ha detenido la publicación: no se pudo leer «{document}» ({culture}) para revisarlo ({error}). Abra el campo indicado, guárdelo de nuevo y publique.",
            [Category] = "Revisión del contenido",
            [Blocked] = "Se ha detenido la publicación. Problemas que encontrarían los pacientes en «{document}» ({culture}): {count}. Corríjalos y vuelva a publicar.",
            [Warnings] = "Publicado con avisos. Problemas que conviene corregir en «{document}» ({culture}): {count}.",
            [Finding] = "{culture} · {property}: {message} Cómo corregirlo: {hint}",
            [More] = "Hay {count} resultados más que no se muestran aquí.",
            [WholePage] = "toda la página",
        },
        ["fr"] = new()
        {
            [Unreadable] = "La publication a été arrêtée : « {document} » ({culture}) n’a pas pu être lu pour la vérification ({error}). Ouvrez le champ indiqué, enregistrez-le de nouveau, puis publiez.",
            [Category] = "Vérification du contenu",
            [Blocked] = "La publication a été arrêtée. Problèmes que rencontreraient les patients dans « {document} » ({culture}) : {count}. Corrigez-les puis publiez de nouveau.",
            [Warnings] = "Publié avec des avertissements. Problèmes à corriger dans « {document} » ({culture}) : {count}.",
            [Finding] = "{culture} · {property} : {message} Comment corriger : {hint}",
            [More] = "{count} autres constats ne sont pas affichés ici.",
            [WholePage] = "page entière",
        },
        ["de"] = new()
        {
            [Unreadable] = "Die Veröffentlichung wurde angehalten: „{document}“ ({culture}) konnte für die Prüfung nicht gelesen werden ({error}). Öffnen Sie das genannte Feld, speichern Sie es erneut und veröffentlichen Sie.",
            [Category] = "Inhaltsprüfung",
            [Blocked] = "Die Veröffentlichung wurde angehalten. Probleme für Patientinnen und Patienten in „{document}“ ({culture}): {count}. Beheben Sie sie und veröffentlichen Sie erneut.",
            [Warnings] = "Mit Warnungen veröffentlicht. Probleme, die behoben werden sollten, in „{document}“ ({culture}): {count}.",
            [Finding] = "{culture} · {property}: {message} So beheben Sie es: {hint}",
            [More] = "{count} weitere Befunde werden hier nicht angezeigt.",
            [WholePage] = "ganze Seite",
        },
        ["ar"] = new()
        {
            [Unreadable] = "أُوقف النشر: تعذّرت قراءة «{document}» ({culture}) لفحصه ({error}). افتح الحقل المذكور واحفظه مرة أخرى ثم انشر.",
            [Category] = "فحص المحتوى",
            [Blocked] = "أُوقف النشر. عدد المشكلات التي سيواجهها المرضى في «{document}» ({culture}): {count}. أصلحها ثم انشر مرة أخرى.",
            [Warnings] = "نُشر مع تحذيرات. عدد المشكلات التي يُستحسن إصلاحها في «{document}» ({culture}): {count}.",
            [Finding] = "{culture} · {property}: {message} طريقة الإصلاح: {hint}",
            [More] = "هناك {count} نتيجة أخرى غير معروضة هنا.",
            [WholePage] = "الصفحة كاملة",
        },
    };

    /// <summary>The text <paramref name="key"/> in <paramref name="uiCulture"/>'s language with <c>{name}</c> placeholders filled.</summary>
    public static string Get(string key, string uiCulture, params (string Name, string Value)[] arguments)
    {
        var language = uiCulture.Split('-', '_')[0];
        var text = Texts.TryGetValue(language, out var texts) && texts.TryGetValue(key, out var found) ? found : Texts["en"][key];
        return CheckMessageCatalogue.Format(text, arguments.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal));
    }

    /// <summary>The languages with texts, for tests.</summary>
    public static IReadOnlyCollection<string> Languages => Texts.Keys;

    /// <summary>The keys of <paramref name="language"/>, for tests.</summary>
    public static IReadOnlyCollection<string> KeysOf(string language) => Texts[language].Keys;
}

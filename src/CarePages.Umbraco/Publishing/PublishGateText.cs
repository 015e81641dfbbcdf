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
    public const string TranslationCategory = "translationCategory";
    public const string TranslationBlocked = "translationBlocked";
    public const string TranslationField = "translationField";

    private static readonly Dictionary<string, Dictionary<string, string>> Texts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = new()
        {
            [TranslationCategory] = "Translation review",
            [TranslationBlocked] = "Publishing was stopped: {culture} of “{document}” is a clinical page, and {count} of its translated fields are not approved. A reviewer who did not translate them must approve each one.",
            [TranslationField] = "{culture} · {property} ({name}) is {status}.",
            ["status.Untranslated"] = "not translated",
            ["status.InTranslation"] = "in translation",
            ["status.Translated"] = "translated, not sent for review",
            ["status.InReview"] = "in review",
            ["status.Approved"] = "approved",
            ["status.Outdated"] = "outdated: the source changed after translation",
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
            [TranslationCategory] = "Revisión de la traducción",
            [TranslationBlocked] = "Se ha detenido la publicación: «{document}» ({culture}) es una página clínica y {count} de sus campos traducidos no están aprobados. Un revisor que no los haya traducido debe aprobar cada uno.",
            [TranslationField] = "{culture} · {property} ({name}) está {status}.",
            ["status.Untranslated"] = "sin traducir",
            ["status.InTranslation"] = "en traducción",
            ["status.Translated"] = "traducido, sin enviar a revisión",
            ["status.InReview"] = "en revisión",
            ["status.Approved"] = "aprobado",
            ["status.Outdated"] = "desactualizado: el original cambió después de traducirlo",
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
            [TranslationCategory] = "Relecture de la traduction",
            [TranslationBlocked] = "La publication a été arrêtée : « {document} » ({culture}) est une page clinique et {count} de ses champs traduits ne sont pas approuvés. Un relecteur qui ne les a pas traduits doit approuver chacun d’eux.",
            [TranslationField] = "{culture} · {property} ({name}) est {status}.",
            ["status.Untranslated"] = "non traduit",
            ["status.InTranslation"] = "en traduction",
            ["status.Translated"] = "traduit, pas encore envoyé en relecture",
            ["status.InReview"] = "en relecture",
            ["status.Approved"] = "approuvé",
            ["status.Outdated"] = "obsolète : la source a changé après la traduction",
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
            [TranslationCategory] = "Übersetzungsprüfung",
            [TranslationBlocked] = "Die Veröffentlichung wurde angehalten: „{document}“ ({culture}) ist eine klinische Seite, und {count} ihrer übersetzten Felder sind nicht freigegeben. Eine prüfende Person, die sie nicht übersetzt hat, muss jedes freigeben.",
            [TranslationField] = "{culture} · {property} ({name}) ist {status}.",
            ["status.Untranslated"] = "nicht übersetzt",
            ["status.InTranslation"] = "in Übersetzung",
            ["status.Translated"] = "übersetzt, nicht zur Prüfung gesendet",
            ["status.InReview"] = "in Prüfung",
            ["status.Approved"] = "freigegeben",
            ["status.Outdated"] = "veraltet: die Quelle wurde nach der Übersetzung geändert",
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
            [TranslationCategory] = "مراجعة الترجمة",
            [TranslationBlocked] = "أُوقف النشر: «{document}» ({culture}) صفحة سريرية، و{count} من حقولها المترجمة غير معتمدة. يجب أن يعتمد كلَّ حقل مراجعٌ لم يترجمه.",
            [TranslationField] = "{culture} · {property} ({name}): الحالة: {status}.",
            ["status.Untranslated"] = "غير مترجم",
            ["status.InTranslation"] = "قيد الترجمة",
            ["status.Translated"] = "مترجم ولم يُرسل للمراجعة",
            ["status.InReview"] = "قيد المراجعة",
            ["status.Approved"] = "معتمد",
            ["status.Outdated"] = "قديم: تغيّر النص الأصلي بعد الترجمة",
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
        var language = Core.Text.CultureNames.LanguageOf(uiCulture);
        var text = Texts.TryGetValue(language, out var texts) && texts.TryGetValue(key, out var found) ? found : Texts["en"][key];
        return CheckMessageCatalogue.Format(text, arguments.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal));
    }

    /// <summary>The languages with texts, for tests.</summary>
    public static IReadOnlyCollection<string> Languages => Texts.Keys;

    /// <summary>The keys of <paramref name="language"/>, for tests.</summary>
    public static IReadOnlyCollection<string> KeysOf(string language) => Texts[language].Keys;
}

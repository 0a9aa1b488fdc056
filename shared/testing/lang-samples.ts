/**
 * Paragraphs in the style of an open-ended working group's report, in each of the six UN
 * languages, for the language profiles' tests. Written for these tests (not taken from any
 * document): a discussion paragraph, a recommendation and a paragraph with subparagraphs.
 */
export const SAMPLE_PARAGRAPHS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'States recalled that the use of information and communications technologies in the context of international security had evolved rapidly since the Group last met, and several delegations expressed concern at the growing activity of cyber mercenaries offering intrusion capabilities to the highest bidder.',
    'The Group recommends that States should continue to exchange views on how international humanitarian law applies to the use of such technologies in armed conflict, and that the outcome of these exchanges be reflected in its next annual progress report.',
    'Delegations proposed, among other measures, that the global directory of points of contact be kept up to date and that regional organizations share their experience of confidence-building measures with the Group.',
  ],
  fr: [
    'Les États ont rappelé que l’utilisation des technologies de l’information et des communications dans le contexte de la sécurité internationale avait considérablement évolué depuis la dernière session du Groupe, et plusieurs délégations se sont dites préoccupées par les activités des cybermercenaires qui proposent leurs services au plus offrant.',
    'Le Groupe recommande que les États continuent d’échanger leurs vues sur l’application du droit international humanitaire à l’utilisation de ces technologies dans les conflits armés, et que le résultat de ces échanges figure dans son prochain rapport annuel sur l’état d’avancement des travaux.',
    'Les délégations ont notamment proposé que le répertoire mondial des points de contact soit tenu à jour et que les organisations régionales fassent part au Groupe de leur expérience des mesures de confiance.',
  ],
  es: [
    'Los Estados recordaron que el uso de las tecnologías de la información y las comunicaciones en el contexto de la seguridad internacional había evolucionado con rapidez desde el último período de sesiones del Grupo, y varias delegaciones expresaron su preocupación por las actividades de los cibermercenarios que ofrecen sus servicios al mejor postor.',
    'El Grupo recomienda que los Estados sigan intercambiando opiniones sobre la aplicación del derecho internacional humanitario al uso de estas tecnologías en los conflictos armados, y que el resultado de dichos intercambios se refleje en su próximo informe anual sobre los progresos realizados.',
    'Las delegaciones propusieron, entre otras medidas, que el directorio mundial de puntos de contacto se mantenga actualizado y que las organizaciones regionales compartan con el Grupo su experiencia en materia de medidas de fomento de la confianza.',
  ],
  ru: [
    'Государства напомнили, что использование информационно-коммуникационных технологий в контексте международной безопасности со времени последней сессии Группы быстро изменилось, и ряд делегаций выразили обеспокоенность растущей активностью кибернаемников, предлагающих свои услуги тому, кто больше заплатит.',
    'Группа рекомендует государствам и далее обмениваться мнениями о применении международного гуманитарного права к использованию таких технологий в вооруженных конфликтах и отразить итоги этих обменов в ее следующем ежегодном докладе о ходе работы.',
    'Делегации предложили, в частности, регулярно обновлять глобальный справочник контактных пунктов, а региональным организациям — делиться с Группой своим опытом применения мер укрепления доверия.',
  ],
  ar: [
    'وأشارت الدول إلى أن استخدام تكنولوجيات المعلومات والاتصالات في سياق الأمن الدولي قد تطور بسرعة منذ الدورة الأخيرة للفريق، وأعرب عدد من الوفود عن القلق إزاء تزايد أنشطة المرتزقة السيبرانيين الذين يعرضون خدماتهم على من يدفع أكثر.',
    'ويوصي الفريق بأن تواصل الدول تبادل الآراء بشأن انطباق القانون الإنساني الدولي على استخدام هذه التكنولوجيات في النزاعات المسلحة، وبأن تنعكس نتائج هذه المناقشات في تقريره المرحلي السنوي المقبل.',
    'واقترحت الوفود، في جملة أمور، تحديث الدليل العالمي لجهات الاتصال بانتظام، وأن تتقاسم المنظمات الإقليمية مع الفريق خبرتها في مجال تدابير بناء الثقة.',
  ],
  zh: [
    '各国回顾指出，自小组上届会议以来，信息和通信技术在国际安全领域的使用迅速演变，若干代表团对网络雇佣军向出价最高者提供入侵能力的活动日益增多表示关切。',
    '小组建议各国继续就国际人道法如何适用于武装冲突中此类技术的使用交换意见，并在其下一份年度进展报告中反映这些交流的结果。',
    '各代表团除其他外提议，应及时更新全球联络点名录，各区域组织应与小组分享其在建立信任措施方面的经验。',
  ],
};

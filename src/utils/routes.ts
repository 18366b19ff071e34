/**
 * The pages' URLs, from the one route table both ends compile against (the functions write
 * the same paths into subscribe messages and mini-program codes).
 */
export {
  pageUrl,
  subjectUrl,
  type PageName,
  type SubjectPage,
} from '../../cloudfunctions/contracts/routes';

export default definePageConfig({
  navigationBarTitleText: '写推荐',
});

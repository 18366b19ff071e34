export default definePageConfig({
  navigationBarTitleText: 'F码',
  // Without it WeChat never calls the page's onShareAppMessage (useShareAppMessage).
  enableShareAppMessage: true,
});
